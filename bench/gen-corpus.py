#!/usr/bin/env python3
"""Writes a deterministic site of N synthetic Chinese news articles, for benchmarks.

    bench/gen-corpus.py --articles 10000 --out /tmp/gz-10000

Creates OUT/site-config.yml, OUT/content/<channel>/<yyyy>/<mm>/<slug>.md and
OUT/static/images/. The same N always gives the same bytes. The theme is not
copied: bench scripts link the repository's themes/ in.
"""
import argparse
import datetime as dt
import os
import random

CHANNELS = [("news", "资讯中心", [("suzhou", "苏州资讯"), ("china", "国内新闻"), ("world", "国际新闻")]),
            ("hot", "热门快讯", []), ("house", "房产频道", []),
            ("life", "生活频道", [("food", "美食"), ("ent", "娱乐")]),
            ("auto", "汽车频道", []), ("travel", "苏州旅游", []), ("baby", "母婴频道", [])]
LEAVES = [c for c, _, kids in CHANNELS if not kids] + [f"{c}/{k}" for c, _, kids in CHANNELS for k, _ in kids] + ["news", "life"]
SOURCES = ["苏州日报", "姑苏晚报", "城市商报", "本网", "苏州发布", "新华社"]
NAMES = "王敏 李强 张蕾 刘洋 陈静 杨帆 赵磊 黄婷 周杰 吴昊 徐丽 孙悦 朱琳 马骁 胡斌 郭峰".split()
TAGS = "民生 教育 文旅 楼市 交通 美食 科技 消费 医疗 环保 体育 文化 就业 养老 新能源 园区".split()
PLACES = "工业园区 高新区 姑苏区 吴中区 相城区 吴江区 昆山 常熟 张家港 太仓 平江路 金鸡湖 石湖 阳澄湖".split()
THINGS = "便民服务 夜间经济 城市更新 轨道交通 公共文化 智慧医疗 人才政策 绿色出行 老旧小区改造 文化旅游节".split()
ACTS = "启动 推进 完成 发布 举办 优化 扩大 落实".split()
ENDS = "受到市民欢迎 首批项目已经落地 预计年内全面完成 标志着工作进入新阶段".split()


def sentence(r):
    return f"{r.choice(PLACES)}{r.choice(ACTS)}了{r.choice(THINGS)}，{r.choice(ENDS)}。"


def article(r, i, start):
    channel = r.choice(LEAVES)
    when = start + dt.timedelta(minutes=37 * i + r.randrange(30))
    author = r.choice(NAMES)
    paras = []
    for p in range(r.randrange(3, 8)):
        paras.append("".join(sentence(r) for _ in range(r.randrange(3, 7))))
        if p == 1 and r.random() < 0.3:
            paras.append(f"## {r.choice(THINGS)}")
    title = f"{r.choice(PLACES)}{r.choice(ACTS)}{r.choice(THINGS)}（{i}）"
    tags = ", ".join(r.sample(TAGS, r.randrange(1, 4)))
    front = [f"title: {title}", f"channel: {channel}", f"date: {when:%Y-%m-%d %H:%M}",
             f"source: {r.choice(SOURCES)}", f"author: {author}", f"tags: [{tags}]"]
    if r.random() < 0.3:
        front.append(f"summary: {sentence(r)}")
    if r.random() < 0.2:
        front.append(f"image: /images/photo-{r.randrange(8)}.svg")
    if r.random() < 0.02:
        front.append("headline: true")
    body = f"苏报讯（记者 {author}）" + "\n\n".join(paras) + "\n"
    return channel, when, f"a{i:06d}", "---\n" + "\n".join(front) + "\n---\n\n" + body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    r = random.Random(20221127)
    start = dt.datetime(2020, 1, 1, 8, 0)
    for i in range(a.articles):
        channel, when, slug, text = article(r, i, start)
        d = os.path.join(a.out, "content", channel, f"{when:%Y}", f"{when:%m}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, slug + ".md"), "w", encoding="utf-8") as f:
            f.write(text)
    img = os.path.join(a.out, "static", "images")
    os.makedirs(img, exist_ok=True)
    for n in range(8):
        with open(os.path.join(img, f"photo-{n}.svg"), "w", encoding="utf-8") as f:
            f.write(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 36"><rect width="64" height="36" fill="#{n * 30:02x}6090"/></svg>\n')
    lines = ["title: 苏州都市网", "baseUrl: https://www.example.com/", "paginate: 20", "channels:"]
    for cid, name, kids in CHANNELS:
        lines += [f"  - id: {cid}", f"    name: {name}"]
        if kids:
            lines.append("    children:")
            lines += [x for k, n in kids for x in (f"      - id: {k}", f"        name: {n}")]
    with open(os.path.join(a.out, "site-config.yml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
