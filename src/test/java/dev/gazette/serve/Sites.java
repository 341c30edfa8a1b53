package dev.gazette.serve;

/** The small portal the serve tests run against. */
final class Sites {
  private Sites() {}

  static final String PORTAL = """
      -- site-config.yml --
      title: 测试都市网
      baseUrl: https://news.example/
      channels:
        - id: news
          name: 资讯中心
          children:
            - id: suzhou
              name: 苏州资讯
        - id: life
          name: 生活频道
      -- content/news/cluster.md --
      ---
      title: 生物医药产业集群推进会召开
      channel: news/suzhou
      date: 2022-06-26 17:05
      source: 苏州日报
      author: 赵焱
      tags: [生物, 产业集群]
      ---
      推进会在苏州工业园区召开。原始正文。
      -- content/news/metro.md --
      ---
      title: 地铁新线开通运营
      channel: news/suzhou
      date: 2022-06-25 09:00
      source: 姑苏晚报
      author: 王伟
      tags: [交通]
      ---
      地铁新线今天开通。
      -- content/life/food.md --
      ---
      title: 平江路美食节开幕
      channel: life
      date: 2022-06-20
      source: 城市商报
      author: 李娜
      ---
      美食节持续一周。
      -- content/about.md --
      ---
      title: 关于我们
      layout: page
      ---
      测试都市网是一个测试站点。
      -- static/files/notice.txt --
      通知：第一版。
      -- static/data/info.json --
      {"name": "测试"}
      -- static/img/logo.svg --
      <svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>
      -- static/js/app.js --
      console.log("hi");
      -- static/files/blob.bin --
      binary
      """;
}
