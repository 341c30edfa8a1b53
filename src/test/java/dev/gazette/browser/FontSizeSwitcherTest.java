package dev.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default theme's 字号 switcher, in a real browser with JavaScript turned off. */
class FontSizeSwitcherTest {
  @BeforeAll
  static void needsChromium() {
    Assumptions.assumeTrue(Chromium.available(), "Chromium not installed (apt-get install -y chromium): browser tests skipped");
  }

  @Test
  void labelsChangeTheBodySizeWithoutJavaScript(@TempDir Path dir) throws Exception {
    TestSite.build(dir, """
        -- site-config.yml --
        title: 苏州都市网
        baseUrl: https://www.example.com/
        channels: [{id: news, name: 资讯中心, children: [{id: suzhou, name: 苏州资讯}]}]
        -- content/a.md --
        ---
        title: 地铁八号线试运行
        channel: news/suzhou
        date: 2022-06-26 17:05
        source: 苏州日报
        author: 赵焱
        summary: 地铁八号线今天开始试运行。
        ---
        苏报讯（记者 赵焱）地铁八号线今天开始试运行，沿线市民可以提前体验。
        """);
    try (var server = new StaticServer(dir.resolve("public")); var browser = new Chromium()) {
      browser.disableJavaScript();
      browser.open(server.url("/news/suzhou/2022/06/a/"));
      // only the script that remembers the choice, which cannot run here, and structured data
      assertThat(browser.eval("document.querySelectorAll('script:not([type=\"application/ld+json\"])').length")).isEqualTo("1");
      String medium = browser.eval("getComputedStyle(document.querySelector('.article-body')).fontSize");
      browser.click("label[for=fs-large]");
      String large = browser.eval("getComputedStyle(document.querySelector('.article-body')).fontSize");
      browser.click("label[for=fs-small]");
      String small = browser.eval("getComputedStyle(document.querySelector('.article-body')).fontSize");
      assertThat(px(large)).isGreaterThan(px(medium));
      assertThat(px(small)).isLessThan(px(medium));
      assertThat(browser.eval("document.querySelector('nav.breadcrumb').innerText"))
          .contains("首页").contains("资讯中心").contains("苏州资讯").contains("正文");
    }
  }

  private static double px(String css) {
    return Double.parseDouble(css.replace("px", ""));
  }
}
