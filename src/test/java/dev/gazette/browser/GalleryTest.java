package dev.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default theme's 图集 in a real browser: buttons, thumbnails and keys; all photos without JavaScript. */
class GalleryTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://www.example.com/
      channels: [{id: news, name: 资讯中心}]
      -- content/g.md --
      ---
      title: 平江路雪景
      channel: news
      date: 2022-06-26 17:05
      source: 苏州日报
      author: 赵焱
      gallery:
        - {src: /images/g1.jpg, caption: 清晨, credit: 赵焱}
        - {src: /images/g2.jpg, caption: 石桥}
        - {src: /images/g3.jpg, caption: 河埠头}
      ---
      雪后的平江路。
      -- static/images/g1.jpg --
      @image 640x400
      -- static/images/g2.jpg --
      @image 640x400
      -- static/images/g3.jpg --
      @image 640x400
      """;
  static final String VISIBLE = "[...document.querySelectorAll('.gallery-slide')].map(s => s.hidden ? '-' : s.id).join(' ')";

  @BeforeAll
  static void needsChromium() {
    Assumptions.assumeTrue(Chromium.available(), "Chromium not installed (apt-get install -y chromium): browser tests skipped");
  }

  @Test
  void onePhotoAtATimeByButtonThumbnailAndKeyboard(@TempDir Path dir) throws Exception {
    TestSite.build(dir, SITE);
    try (var server = new StaticServer(dir.resolve("public")); var browser = new Chromium()) {
      browser.open(server.url("/news/2022/06/g/"));
      browser.waitFor("document.querySelector('.gallery.is-enhanced')", java.time.Duration.ofSeconds(10));
      assertThat(browser.eval(VISIBLE)).isEqualTo("photo-1 - -");
      assertThat(browser.eval("document.querySelector('.gallery-status').textContent")).isEqualTo("图集 第 1 张，共 3 张");
      click(browser, ".gallery-next");
      assertThat(browser.eval(VISIBLE)).isEqualTo("- photo-2 -");
      click(browser, ".gallery-thumb[data-index='2']");
      assertThat(browser.eval(VISIBLE)).isEqualTo("- - photo-3");
      assertThat(browser.eval("document.querySelector('.gallery-thumb[data-index=\"2\"]').getAttribute('aria-current')")).isEqualTo("true");
      // the keyboard: focus the photos (they are in the tab order), then the arrows, Home and End
      browser.eval("document.querySelector('.gallery-slides').focus()");
      browser.press("ArrowRight", 39);
      assertThat(browser.eval(VISIBLE)).as("after the last comes the first").isEqualTo("photo-1 - -");
      browser.press("ArrowLeft", 37);
      assertThat(browser.eval(VISIBLE)).isEqualTo("- - photo-3");
      browser.press("Home", 36);
      assertThat(browser.eval(VISIBLE)).isEqualTo("photo-1 - -");
      browser.press("End", 35);
      assertThat(browser.eval(VISIBLE)).isEqualTo("- - photo-3");
      assertThat(browser.eval("document.querySelector('.gallery-slides').tabIndex")).isEqualTo("0");
      // a link to one photo opens the gallery there
      browser.open(server.url("/news/2022/06/g/#photo-2"));
      browser.waitFor("document.querySelector('.gallery.is-enhanced')", java.time.Duration.ofSeconds(10));
      assertThat(browser.eval(VISIBLE)).isEqualTo("- photo-2 -");
    }
  }

  /** A real click, with the element scrolled into the viewport first (the controls sit below the photo). */
  private static void click(Chromium browser, String selector) throws Exception {
    browser.eval("document.querySelector(" + Chromium.json(selector) + ").scrollIntoView({block: 'center'})");
    browser.click(selector);
  }

  @Test
  void withoutJavaScriptEveryPhotoShowsWithItsCaption(@TempDir Path dir) throws Exception {
    TestSite.build(dir, SITE);
    try (var server = new StaticServer(dir.resolve("public")); var browser = new Chromium()) {
      browser.disableJavaScript();
      browser.open(server.url("/news/2022/06/g/"));
      assertThat(browser.eval(VISIBLE)).isEqualTo("photo-1 photo-2 photo-3");
      assertThat(browser.eval("[...document.querySelectorAll('.gallery-slide img')].filter(i => i.getBoundingClientRect().height > 0).length"))
          .isEqualTo("3");
      assertThat(browser.eval("getComputedStyle(document.querySelector('.gallery-controls')).display")).isEqualTo("none");
      assertThat(browser.eval("document.querySelector('.gallery-slide figcaption').innerText")).contains("清晨").contains("摄影：赵焱");
    }
  }
}
