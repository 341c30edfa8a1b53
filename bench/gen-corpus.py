#!/usr/bin/env python3
"""Generate a deterministic corpus of Chinese news articles for benchmarks.

Every article is a Markdown file with YAML front matter as Gazette reads it
(title, channel, date, source, author, optional tags, summary, image).  The
text is synthetic: sentences are assembled from word lists, so any size can be
produced and the same seed always gives the same bytes.  bench/bench.sh builds
this corpus with Gazette and with the Hugo peer (bench/peers/hugo/).  It has
four date spellings, 15 channels (two with sub-channels), headings, lists,
quotes, tables, images and links in the bodies.

    gen-corpus.py --articles 10000 --out /tmp/site            # content/ + static/
    gen-corpus.py --articles 1000 --out /tmp/site --config    # also site-config.yml

Layout written under --out:
    content/<channel path>/<yyyy>/<mm>/<slug>.md
    static/images/photo-NN.svg   (the images that articles refer to)
    site-config.yml              (with --config; it says theme: default, so a site
                                  without a themes/ folder gets the built-in theme)
"""
import argparse
import datetime as dt
import os
import random

CHANNELS = [
    # (id path, display name)
    ("hot", "热门快讯"),
    ("service", "便民频道"),
    ("news", "资讯中心"),
    ("news/suzhou", "苏州资讯"),
    ("news/china", "国内新闻"),
    ("news/world", "国际新闻"),
    ("house", "房产频道"),
    ("life", "生活频道"),
    ("life/ent", "娱乐"),
    ("auto", "汽车频道"),
    ("home", "家居频道"),
    ("business", "苏州商业"),
    ("wedding", "婚庆频道"),
    ("travel", "苏州旅游"),
    ("baby", "母婴频道"),
]
# Leaf-heavy weights: most articles land in sub-channels or busy channels.
CHANNEL_WEIGHTS = [3, 2, 1, 10, 6, 4, 5, 3, 6, 4, 2, 3, 1, 3, 2]

SOURCES = ["苏州日报", "姑苏晚报", "城市商报", "本网", "新华社", "中国新闻网",
           "苏州广电", "苏州发布", "江苏新闻", "经济日报"]
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏飞斌宇浩凯健俊帆帅旭宁欣悦晨阳琳雪颖婷倩瑶怡焱岚峰")
PLACES = ["苏州工业园区", "苏州高新区", "姑苏区", "吴中区", "相城区", "吴江区",
          "昆山市", "常熟市", "张家港市", "太仓市", "平江路", "金鸡湖畔",
          "石湖景区", "阳澄湖", "观前街", "苏州湾", "太湖新城", "独墅湖"]
SUBJECTS = ["市政府", "区教育局", "市交通运输局", "市文旅局", "园区管委会",
            "市场监管部门", "多家企业", "业内专家", "相关负责人", "社区工作人员",
            "广大市民", "创新团队", "研发机构", "金融机构", "文旅企业", "志愿者"]
VERBS = ["发布了", "启动了", "推进了", "完成了", "召开了", "举办了", "公布了",
         "落实了", "签署了", "提升了", "优化了", "扩大了", "推出了", "开展了"]
OBJECTS = ["新一轮产业扶持政策", "重点项目建设方案", "便民服务举措",
           "夜间消费活动体系", "生物医药创新集群", "城市更新计划", "数字经济专项",
           "文化旅游节", "公共交通优化方案", "住房保障措施", "人才引进计划",
           "绿色出行倡议", "消费券发放细则", "社区养老服务", "智慧医疗平台",
           "科技创新中心", "营商环境评价", "新能源汽车推广计划"]
CLAUSES = ["进一步提升群众获得感", "为高质量发展注入新动能", "受到社会各界广泛关注",
           "相关工作将持续推进", "预计年内全面完成", "覆盖全市十个板块",
           "惠及数十万市民", "首批项目已经落地", "标志着工作进入新阶段",
           "将分三个阶段实施", "力争形成可复制可推广的经验", "现场气氛热烈"]
TAGS = ["生物医药", "产业集群", "数字经济", "夜经济", "消费", "交通", "教育",
        "医疗", "住房", "楼市", "新能源汽车", "车展", "旅游", "美食", "演唱会",
        "电影", "亲子", "婚庆", "家装", "天气", "民生", "就业", "人才", "科技",
        "创新", "环保", "文化", "体育", "马拉松", "园林", "古城保护", "地铁",
        "高铁", "营商环境", "招商引资", "政策解读", "便民", "社区", "养老", "安全"]
TITLE_TEMPLATES = [
    "{place}{obj}正式{verb2}",
    "{subj}{verb}{obj}",
    "{place}：{obj}{verb2}，{clause}",
    "{year}年{place}{obj}进展顺利",
    "聚焦{tag}｜{place}{obj}{verb2}",
    "{subj}解读{obj}",
    "“{tag}”成为热词 {place}{obj}{verb2}",
]
VERB2 = ["启动", "落地", "发布", "亮相", "升级", "开工", "收官", "上线"]


def name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))


def sentence(rng, year):
    kind = rng.random()
    if kind < 0.45:
        s = f"{rng.choice(SUBJECTS)}在{rng.choice(PLACES)}{rng.choice(VERBS)}{rng.choice(OBJECTS)}，{rng.choice(CLAUSES)}"
    elif kind < 0.7:
        n = rng.randint(2, 980)
        unit = rng.choice(["亿元", "万人次", "个项目", "家企业", "公里", "%"])
        s = f"据统计，{year}年{rng.choice(PLACES)}相关规模达到{n}{unit}，{rng.choice(CLAUSES)}"
    elif kind < 0.85:
        s = f"{name(rng)}表示，{rng.choice(OBJECTS)}是{rng.choice(['今年', '下一步', '当前'])}工作的重点，{rng.choice(CLAUSES)}"
    else:
        s = f"“{rng.choice(CLAUSES)}。”{rng.choice(SUBJECTS)}负责人介绍说"
    return s + rng.choice(["。", "。", "。", "！", "；"] if not s.endswith("说") else ["。"])


def paragraph(rng, year):
    return "".join(sentence(rng, year) for _ in range(rng.randint(2, 6)))


def body(rng, year, article_no, images):
    parts = []
    reporter = name(rng)
    parts.append(f"苏报讯（记者 {reporter}）" + paragraph(rng, year))
    for i in range(rng.randint(4, 14)):
        r = rng.random()
        if r < 0.08:
            parts.append(f"## {rng.choice(OBJECTS)}")
        elif r < 0.14:
            parts.append("\n".join(f"- {rng.choice(OBJECTS)}：{rng.choice(CLAUSES)}" for _ in range(rng.randint(2, 5))))
        elif r < 0.18:
            parts.append("> " + sentence(rng, year))
        elif r < 0.21:
            rows = "\n".join(f"| {rng.choice(PLACES)} | {rng.randint(1, 999)} | {rng.randint(1, 99)}% |" for _ in range(rng.randint(2, 5)))
            parts.append("| 板块 | 项目数 | 增幅 |\n| --- | ---: | ---: |\n" + rows)
        elif r < 0.24 and images:
            parts.append(f"![{rng.choice(PLACES)}现场](/images/{rng.choice(images)})")
        elif r < 0.30:
            p = paragraph(rng, year)
            cut = len(p) // 3
            parts.append(p[:cut] + "**" + rng.choice(OBJECTS) + "**" + p[cut:] +
                         f"详情见[官方发布](https://www.example.gov.cn/notice/{article_no}.html)。")
        else:
            parts.append(paragraph(rng, year))
    return "\n\n".join(parts) + "\n", reporter


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def date_text(rng, when):
    """Writers use several date spellings; all must be accepted."""
    style = rng.random()
    if style < 0.5:
        return when.strftime("%Y-%m-%dT%H:%M:%S+08:00")
    if style < 0.8:
        return when.strftime("%Y-%m-%d %H:%M")
    if style < 0.95:
        return when.strftime("%Y-%m-%d %H:%M:%S")
    return when.strftime("%Y-%m-%d")


def article(rng, no, end, images):
    channel = rng.choices([c for c, _ in CHANNELS], weights=CHANNEL_WEIGHTS)[0]
    when = end - dt.timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60))
    year = when.year
    tags = rng.sample(TAGS, rng.choice([0, 1, 1, 2, 2, 3, 4]))
    title = rng.choice(TITLE_TEMPLATES).format(
        place=rng.choice(PLACES), obj=rng.choice(OBJECTS), verb=rng.choice(VERBS),
        verb2=rng.choice(VERB2), subj=rng.choice(SUBJECTS), clause=rng.choice(CLAUSES),
        year=year, tag=rng.choice(TAGS))
    text, reporter = body(rng, year, no, images)
    fm = ["---", f"title: {yaml_str(title)}", f"channel: {channel}",
          f"date: {date_text(rng, when)}", f"source: {rng.choice(SOURCES)}",
          f"author: {reporter}"]
    if tags:
        fm.append("tags: [" + ", ".join(tags) + "]")
    if rng.random() < 0.3:
        fm.append(f"summary: {yaml_str(paragraph(rng, year)[:120])}")
    if images and rng.random() < 0.2:
        fm.append(f"image: /images/{rng.choice(images)}")
    fm.append("---")
    slug = f"{when:%Y%m%d}-{no:06d}"
    path = os.path.join("content", *channel.split("/"), f"{when:%Y}", f"{when:%m}", slug + ".md")
    return path, "\n".join(fm) + "\n\n" + text


SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">'
       '<rect width="640" height="360" fill="#{c}"/><text x="320" y="190" font-size="48" '
       'text-anchor="middle" fill="#fff">photo {n}</text></svg>\n')


def site_config():
    lines = ["title: 苏州都市网", "baseUrl: https://www.example.com/", "language: zh-CN",
             "timezone: Asia/Shanghai", "theme: default", "channels:"]
    for cid, cname in CHANNELS:
        if "/" in cid:
            continue
        lines.append(f"  - id: {cid}\n    name: {cname}")
        kids = [(k, n) for k, n in CHANNELS if k.startswith(cid + "/")]
        if kids:
            lines.append("    children:")
            for kid, kname in kids:
                lines.append(f"      - id: {kid.split('/')[-1]}\n        name: {kname}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20220626)
    ap.add_argument("--config", action="store_true", help="also write site-config.yml")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    end = dt.datetime(2026, 11, 1, 18, 0)
    images = [f"photo-{i:02d}.svg" for i in range(12)]
    img_dir = os.path.join(args.out, "static", "images")
    os.makedirs(img_dir, exist_ok=True)
    for i, img in enumerate(images):
        with open(os.path.join(img_dir, img), "w", encoding="utf-8") as f:
            f.write(SVG.format(c=f"{(i * 2654435761) & 0xFFFFFF:06x}", n=i))
    total = 0
    for no in range(args.articles):
        path, text = article(rng, no, end, images)
        full = os.path.join(args.out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = text.encode("utf-8")
        total += len(data)
        with open(full, "wb") as f:
            f.write(data)
    if args.config:
        with open(os.path.join(args.out, "site-config.yml"), "w", encoding="utf-8") as f:
            f.write(site_config())
    print(f"{args.articles} articles, {total / 1e6:.1f} MB of Markdown in {args.out}")


if __name__ == "__main__":
    main()
