package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.render.DataModel;
import dev.gazette.render.PageModel;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user theme that prints every variable the theme guide (README.md, "Data model") documents,
 * for every page kind: the page models are records, and templates see exactly the names, values
 * and missing values they saw when the models were maps.
 */
class ThemeDataModelTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://news.example/portal/
      tagline: 权威发布
      description: 本地新闻
      theme: probe
      paginate: 2
      search: true
      topics: [metro]
      feed: {items: 50, formats: [rss, atom]}
      channels:
        - id: news
          name: 资讯中心
          children: [{id: suzhou, name: 苏州资讯}]
        - id: house
          name: 房产频道
      -- static/images/a.jpg --
      @image 1000x700
      -- static/images/b.svg --
      <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>
      -- content/news/a.md --
      ---
      title: 地铁开工
      channel: news/suzhou
      date: 2022-06-01 09:30
      updated: 2022-06-02 10:00
      source: 苏州日报
      sourceUrl: https://paper.example/a
      author: [甲, 乙]
      editor: 编辑丙
      tags: [地铁, 交通]
      summary: 地铁八号线今日开工。
      image: /images/a.jpg
      imageCaption: 开工现场
      imageCredit: 摄影：丁
      headline: true
      originalTitle: 八号线开工
      originalAuthor: 戊
      topics: [metro]
      corrections: [{date: 2022-06-03 08:00, text: 更正了站名。}]
      params: {column: 城市观察}
      ---
      八号线**开工**。
      -- content/news/b.md --
      ---
      title: 地铁图集
      channel: news/suzhou
      date: 2022-06-05
      source: 本网
      author: 乙
      tags: [地铁]
      gallery:
        - {src: /images/a.jpg, caption: 工地, credit: 丁}
        - {src: /images/b.svg}
      ---
      图集。
      -- content/news/d.md --
      ---
      title: 会议召开
      channel: news
      date: 2022-06-07 08:00
      source: 本网
      author: 丙
      ---
      召开。
      -- content/house/c.md --
      ---
      title: 新盘开售
      channel: house
      date: 2022-06-06 12:00
      source: 本网
      author: 甲
      ---
      开售。
      -- content/topics/metro.md --
      ---
      title: 地铁专题
      layout: topic
      slug: metro
      summary: 八号线全记录。
      ---
      专题**导语**。
      -- content/about.md --
      ---
      title: 关于我们
      layout: page
      ---
      创办于2001年。
      -- themes/probe/templates/probe.ftlh --
      <#macro link l>${l.name}>${l.url!"-"}</#macro>
      <#macro chan c>${c.id}|${c.key}|${c.name}|${c.url}|${c.feedUrl}|${c.depth?c}|${c.parentId!"-"}|[<#list c.children as k>${k.id} </#list>]</#macro>
      <#macro pic ph>${ph.src}|${ph.srcset}|${ph.width?c}x${ph.height?c}|${ph.thumb}|${ph.large}|${ph.largeWidth?c}x${ph.largeHeight?c}|${ph.type}</#macro>
      <#macro art a>
      title=${a.title} url=${a.url} permalink=${a.permalink} channel=${(a.channel.id)!"-"}
      date=${a.date!"-"} dateIso=${a.dateIso!"-"} day=${a.day!"-"} updated=${a.updated!"-"} updatedIso=${a.updatedIso!"-"}
      modified=${a.modified!"-"} modifiedIso=${a.modifiedIso!"-"}
      source=${a.source} sourceUrl=${a.sourceUrl!"-"} originalUrl=${a.originalUrl!"-"} originalTitle=${a.originalTitle!"-"} originalAuthor=${a.originalAuthor!"-"}
      editors=<#list a.editors as l><@link l/> </#list>
      corrections=<#list a.corrections as c>${c.date} ${c.dateIso} ${c.text}; </#list>
      topics=<#list a.topics as l><@link l/> </#list>
      authors=<#list a.authors as l><@link l/> </#list>
      tags=<#list a.tags as l><@link l/> </#list>
      lead=${a.lead!"-"} summary=${a.summary}
      image=${a.image!"-"} size=${(a.imageWidth?c)!"-"}x${(a.imageHeight?c)!"-"} photo=<#if a.photo??><@pic a.photo/><#else>-</#if>
      imageCaption=${a.imageCaption!"-"} imageCredit=${a.imageCredit!"-"}
      gallery=<#list a.gallery as g>${g.number?c} ${g.src} ${(g.photo.src)!"-"} ${g.caption!"-"} ${g.credit!"-"}; </#list>
      content=${a.content?no_esc}
      readingMinutes=${a.readingMinutes?c} charCount=${a.charCount?c} headline=${a.headline?c}
      params=<#list a.params as k, v>${k}=${v} </#list>
      </#macro>
      <#macro pag p>
      paginator=${p.pageNumber?c}/${p.totalPages?c}/${p.totalItems?c} prev=${p.prevUrl!"-"} next=${p.nextUrl!"-"} first=${p.firstUrl} last=${p.lastUrl} stable=${p.stable?c}
      pages=<#list p.pages as l>${l.number?c}:${l.url}:${l.current?c} </#list>
      items=<#list p.items as a>${a.title} </#list>
      </#macro>
      <#macro globals>
      site=${site.title}|${site.baseUrl}|${site.language}|${site.feedUrl}|${site.searchUrl!"-"}|${site.year?c}|${site.tagline}|${site.description}
      site.channels=<#list site.channels as c><@chan c/> </#list>
      site.pages=<#list site.pages as l><@link l/> </#list>
      site.topics=<#list site.topics as l><@link l/> </#list>
      page=${page.kind}|${page.title}|${page.url}|${page.permalink}|${page.description}|${page.section}|${page.feedUrl}|${page.image!"-"}|jsonLd=${(page.jsonLd??)?c}
      page.feeds=<#list page.feeds as f>${f.type} ${f.title} ${f.url}; </#list>
      helpers=${relUrl("css/a.css")} ${absUrl("/news/")} ${photo("/images/a.jpg").src} ${photoUrl("/images/a.jpg", 100)}
      </#macro>
      -- themes/probe/templates/home.ftlh --
      <#import "probe.ftlh" as p>
      <@p.globals/>
      headlines=<#list headlines as a>${a.title} </#list>
      latest=<#list latest as a>${a.title} </#list>
      blocks=<#list blocks as b>${b.channel.id}:<#list b.articles as a>${a.title},</#list> </#list>
      missing=${(article??)?c} ${(paginator??)?c} ${(prev??)?c} ${(toString??)?c} ${(hashCode??)?c} ${(globals??)?c} ${(model??)?c}
      keys=<#list .data_model?keys?sort as k>${k} </#list>
      -- themes/probe/templates/channel.ftlh --
      <#import "probe.ftlh" as p>
      <@p.globals/>
      channel=<@p.chan channel/>
      breadcrumb=<#list breadcrumb as c>${c.name} </#list>
      <@p.pag paginator/>
      -- themes/probe/templates/list.ftlh --
      <#import "probe.ftlh" as p>
      <@p.globals/>
      term=${term}
      <@p.pag paginator/>
      -- themes/probe/templates/topic.ftlh --
      <#import "probe.ftlh" as p>
      <@p.globals/>
      <@p.art topic/>
      <@p.pag paginator/>
      -- themes/probe/templates/article.ftlh --
      <#import "probe.ftlh" as p>
      <@p.globals/>
      <@p.art article/>
      breadcrumb=<#list breadcrumb as c>${c.name} </#list>
      prev=${(prev.title)!"missing"} next=${(next.title)!"missing"}
      related=<#list related as a>${a.title} </#list>
      -- themes/probe/templates/page.ftlh --
      <#import "probe.ftlh" as p>
      <@p.globals/>
      <@p.art article/>
      -- themes/probe/templates/404.ftlh --
      <#import "probe.ftlh" as p>
      <@p.globals/>
      latest=<#list latest as a>${a.title} </#list>
      -- themes/probe/templates/search.ftlh --
      <#import "probe.ftlh" as p>
      <@p.globals/>
      indexUrl=${indexUrl}
      """;

  static final String GLOBALS = """
      site=苏州都市网|https://news.example/portal/|zh-CN|/portal/rss.xml|/portal/search/|2030|权威发布|本地新闻
      site.channels=news|news|资讯中心|/portal/news/|/portal/news/rss.xml|0|-|[news/suzhou ] \
      house|house|房产频道|/portal/house/|/portal/house/rss.xml|0|-|[]\s
      site.pages=关于我们>/portal/about/\s
      site.topics=地铁专题>/portal/topics/metro/\s
      """;
  static final String HELPERS = "helpers=/portal/css/a.css https://news.example/portal/news/"
      + " /portal/images/a-4f6ab9bd28-960.jpg /portal/images/a-4f6ab9bd28-320.jpg\n";

  @Test
  void everyPageKindSeesTheGlobalsAndItsPage(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    for (String page : List.of("index.html", "news/index.html", "news/page/2/index.html", "news/suzhou/2022/06/a/index.html",
        "about/index.html", "tags/地铁/index.html", "authors/甲/index.html", "sources/本网/index.html",
        "editors/编辑丙/index.html", "topics/metro/index.html", "404.html", "search/index.html")) {
      site.assertFile("public/" + page, GLOBALS, HELPERS);
    }
    site.assertFile("public/index.html", """
        page=home|苏州都市网|/portal/|https://news.example/portal/|本地新闻||/portal/rss.xml|-|jsonLd=true
        page.feeds=application/rss+xml 苏州都市网 /portal/rss.xml; application/atom+xml 苏州都市网 /portal/atom.xml;\s
        """);
    site.assertFile("public/news/page/2/index.html", """
        page=channel|资讯中心|/portal/news/page/2/|https://news.example/portal/news/page/2/|苏州都市网 资讯中心|news|\
        /portal/news/rss.xml|-|jsonLd=true
        page.feeds=application/rss+xml 苏州都市网 · 资讯中心 /portal/news/rss.xml; \
        application/atom+xml 苏州都市网 · 资讯中心 /portal/news/atom.xml;\s
        """);
    site.assertFile("public/news/suzhou/2022/06/a/index.html", "page=article|地铁开工|/portal/news/suzhou/2022/06/a/|"
        + "https://news.example/portal/news/suzhou/2022/06/a/|地铁八号线今日开工。|news|/portal/news/suzhou/rss.xml|"
        + "https://news.example/portal/images/a-4f6ab9bd28-1000.jpg|jsonLd=true\n");
    site.assertFile("public/about/index.html", "page=page|关于我们|/portal/about/|https://news.example/portal/about/|创办于2001年。||/portal/rss.xml|-|jsonLd=false\n");
    site.assertFile("public/tags/地铁/index.html", "page=tag|地铁|/portal/tags/%E5%9C%B0%E9%93%81/|https://news.example/portal/tags/%E5%9C%B0%E9%93%81/|"
        + "苏州都市网 地铁||/portal/tags/%E5%9C%B0%E9%93%81/rss.xml|-|jsonLd=true\n");
    site.assertFile("public/authors/甲/index.html", "page=author|甲|/portal/authors/%E7%94%B2/|", "|苏州都市网 甲||/portal/rss.xml|-|jsonLd=false\n");
    site.assertFile("public/sources/本网/index.html", "page=source|本网|");
    site.assertFile("public/editors/编辑丙/index.html", "page=editor|编辑丙|");
    site.assertFile("public/topics/metro/index.html", "page=topic|地铁专题|/portal/topics/metro/|https://news.example/portal/topics/metro/|"
        + "八号线全记录。||/portal/topics/metro/rss.xml|-|jsonLd=true\n",
        "page.feeds=application/rss+xml 苏州都市网 · 地铁专题 /portal/topics/metro/rss.xml; ");
    site.assertFile("public/404.html", "page=404|页面未找到|/portal/404.html|https://news.example/portal/404.html|||/portal/rss.xml|-|jsonLd=false\n");
    site.assertFile("public/search/index.html", "page=search|站内搜索|/portal/search/|https://news.example/portal/search/|苏州都市网 站内搜索||");
  }

  @Test
  void eachKindSeesItsOwnVariablesAndNoOthers(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    site.assertFile("public/index.html", """
        headlines=地铁开工\s
        latest=会议召开 新盘开售\s
        blocks=news:会议召开,地铁图集,地铁开工, house:新盘开售,\s
        missing=false false false false false false false
        keys=absUrl blocks headlines latest page photo photoUrl relUrl site\s
        """);
    site.assertFile("public/news/page/2/index.html", """
        channel=news|news|资讯中心|/portal/news/|/portal/news/rss.xml|0|-|[news/suzhou ]
        breadcrumb=资讯中心\s
        paginator=2/2/3 prev=/portal/news/ next=- first=/portal/news/ last=/portal/news/page/2/ stable=false
        pages=1:/portal/news/:false 2:/portal/news/page/2/:true\s
        items=地铁开工\s
        """);
    site.assertFile("public/news/suzhou/index.html", """
        channel=news/suzhou|suzhou|苏州资讯|/portal/news/suzhou/|/portal/news/suzhou/rss.xml|1|news|[]
        breadcrumb=资讯中心 苏州资讯\s
        paginator=1/1/2 prev=- next=- first=/portal/news/suzhou/ last=/portal/news/suzhou/ stable=false
        """);
    site.assertFile("public/tags/地铁/index.html", "term=地铁\npaginator=1/1/2 ", "items=地铁图集 地铁开工 \n");
    site.assertFile("public/authors/甲/index.html", "term=甲\n", "items=新盘开售 地铁开工 \n");
    site.assertFile("public/sources/本网/page/2/index.html", "term=本网\npaginator=2/2/3 prev=/portal/sources/%E6%9C%AC%E7%BD%91/ next=-");
    site.assertFile("public/editors/编辑丙/index.html", "term=编辑丙\n", "items=地铁开工 \n");
    site.assertFile("public/topics/metro/index.html", "title=地铁专题 url=/portal/topics/metro/ ", "lead=八号线全记录。 summary=八号线全记录。",
        "content=<p>专题<strong>导语</strong>。</p>", "paginator=1/1/1 ", "items=地铁开工 \n");
    site.assertFile("public/404.html", "latest=会议召开 新盘开售 地铁图集 地铁开工 \n");
    site.assertFile("public/search/index.html", "indexUrl=/portal/search/index.json\n");
    site.assertFile("public/about/index.html", "title=关于我们 url=/portal/about/ permalink=https://news.example/portal/about/ channel=-\n"
        + "date=- dateIso=- day=- updated=- updatedIso=-\n", "content=<p>创办于2001年。</p>");
  }

  @Test
  void anArticlePageSeesEveryArticleFieldAndItsNeighbours(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    String img = "/portal/images/a-4f6ab9bd28-";
    site.assertFile("public/news/suzhou/2022/06/a/index.html", """
        title=地铁开工 url=/portal/news/suzhou/2022/06/a/ permalink=https://news.example/portal/news/suzhou/2022/06/a/ channel=news/suzhou
        date=2022-06-01 09:30 dateIso=2022-06-01T09:30:00+08:00 day=2022-06-01 updated=2022-06-02 10:00 updatedIso=2022-06-02T10:00:00+08:00
        modified=2022-06-03 08:00 modifiedIso=2022-06-03T08:00:00+08:00
        source=苏州日报 sourceUrl=/portal/sources/%E8%8B%8F%E5%B7%9E%E6%97%A5%E6%8A%A5/ originalUrl=https://paper.example/a \
        originalTitle=八号线开工 originalAuthor=戊
        editors=编辑丙>/portal/editors/%E7%BC%96%E8%BE%91%E4%B8%99/\s
        corrections=2022-06-03 08:00 2022-06-03T08:00:00+08:00 更正了站名。;\s
        topics=地铁专题>/portal/topics/metro/\s
        authors=甲>/portal/authors/%E7%94%B2/ 乙>/portal/authors/%E4%B9%99/\s
        tags=地铁>/portal/tags/%E5%9C%B0%E9%93%81/ 交通>/portal/tags/%E4%BA%A4%E9%80%9A/\s
        lead=地铁八号线今日开工。 summary=地铁八号线今日开工。
        """, "image=" + img + "960.jpg size=960x672 photo=" + img + "960.jpg|" + img + "320.jpg 320w, " + img + "640.jpg 640w, "
        + img + "960.jpg 960w, " + img + "1000.jpg 1000w|960x672|" + img + "640.jpg|https://news.example" + img + "1000.jpg|1000x700|image/jpeg\n"
        + "imageCaption=开工现场 imageCredit=摄影：丁\ngallery=\ncontent=<p>八号线<strong>开工</strong>。</p>\n\n"
        + "readingMinutes=1 charCount=5 headline=true\nparams=column=城市观察 \n"
        + "breadcrumb=资讯中心 苏州资讯 \nprev=missing next=地铁图集\nrelated=地铁图集 \n");
    // a gallery, the newest of its channel: no next; a missing value of a list item stays missing too
    site.assertFile("public/news/suzhou/2022/06/b/index.html", "updated=- updatedIso=-\nmodified=- modifiedIso=-\n",
        "lead=- summary=图集。\n", "imageCaption=- imageCredit=-\n",
        "gallery=1 /portal/images/a.jpg " + img + "960.jpg 工地 丁; 2 /portal/images/b.svg - - -; \n",
        "prev=地铁开工 next=missing\n");
    site.assertFile("public/house/2022/06/c/index.html", "image=- size=-x- photo=-\n", "prev=missing next=missing\nrelated=\n");
  }

  @Test
  void noPageModelHidesAGlobal() {
    var globals = Arrays.stream(DataModel.Globals.class.getRecordComponents()).map(RecordComponent::getName).toList();
    assertThat(PageModel.class.getPermittedSubclasses()).hasSize(9).allSatisfy(kind -> assertThat(
        Arrays.stream(kind.getRecordComponents()).map(RecordComponent::getName)).as(kind.getSimpleName())
        .contains("page").doesNotContainAnyElementsOf(globals));
  }
}
