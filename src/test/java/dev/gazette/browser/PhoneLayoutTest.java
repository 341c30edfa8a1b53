package dev.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample portal on a 375 × 800 phone screen in headless Chromium: nothing scrolls sideways but
 * the channel bar, the article's headline starts in the top 200 px, list titles wrap instead of
 * being cut with "…", and the 字号 choice survives a navigation and a new visit.
 */
class PhoneLayoutTest {
  static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  static final String ARTICLE = "/news/suzhou/2026/10/metro-line-8-trial/";
  static final String OTHER_ARTICLE = "/news/suzhou/2026/08/city-study-rooms/";

  @BeforeAll
  static void needsChromiumAndAChineseFont() {
    Assumptions.assumeTrue(Chromium.available(), "Chromium not installed (apt-get install -y chromium): browser tests skipped");
    Assumptions.assumeTrue(chineseFont(), "no Chinese font (apt-get install -y fonts-wqy-zenhei): phone layout tests skipped");
  }

  @Test
  void thePortalFitsAPhoneScreen(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("public");
    try (var build = new Build()) {
      build.run(new BuildOptions(Path.of("").toAbsolutePath(), out, false, false, NOW, null, false));
    }
    try (var server = new StaticServer(out); var browser = new Chromium()) {
      browser.phone(375, 800);
      for (String page : List.of("/", "/news/", "/news/suzhou/", "/topics/autumn-culture-tourism/", ARTICLE)) {
        browser.open(server.url(page));
        assertThat(browser.eval("document.documentElement.scrollWidth")).as("page width of " + page).isEqualTo("375");
        // the channel bar is one row that scrolls sideways
        assertThat(browser.eval("new Set([...document.querySelectorAll('.channels > li')].map(li => li.offsetTop)).size"))
            .as("channel bar rows on " + page).isEqualTo("1");
        assertThat(num(browser.eval("(() => { const u = document.querySelector('.channels'); return u.scrollWidth - u.clientWidth; })()")))
            .as("the channel bar scrolls on " + page).isGreaterThan(0);
        // no title is cut: every list title shows all its text (wrapped, at most two lines)
        String cut = browser.eval("[...document.querySelectorAll('.news-list li > a, .teaser-title a, .headline-list a, .prev-next a')]"
            + ".filter(a => a.scrollHeight > a.clientHeight + 1 || a.scrollWidth > a.clientWidth + 1"
            + " || getComputedStyle(a).textOverflow === 'ellipsis' && a.scrollWidth > a.clientWidth)"
            + ".map(a => a.textContent).join(' | ')");
        assertThat(cut).as("titles cut on " + page).isEmpty();
        String tooLong = browser.eval("[...document.querySelectorAll('.news-list li > a')]"
            + ".filter(a => a.getClientRects().length && a.getBoundingClientRect().height > 2.2 * parseFloat(getComputedStyle(a).lineHeight))"
            + ".map(a => a.textContent).join(' | ')");
        assertThat(tooLong).as("list titles of more than two lines on " + page).isEmpty();
      }
      browser.open(server.url(ARTICLE));
      assertThat(num(browser.eval("document.querySelector('h1').getBoundingClientRect().top"))).as("h1 top").isLessThan(200);
      assertThat(num(browser.eval("Math.min(...[...document.querySelectorAll('.fs-switch label')].map(l => l.getBoundingClientRect().height))")))
          .as("字号 button height").isGreaterThanOrEqualTo(44);
      String medium = browser.eval("getComputedStyle(document.querySelector('.article-body')).fontSize");
      browser.eval("document.querySelector('label[for=fs-large]').scrollIntoView({block: 'center'})");
      browser.click("label[for=fs-large]");
      browser.open(server.url(OTHER_ARTICLE));
      assertThat(browser.eval("document.getElementById('fs-large').checked")).as("字号 after navigating").isEqualTo("true");
      String large = browser.eval("getComputedStyle(document.querySelector('.article-body')).fontSize");
      assertThat(num(large.replace("px", ""))).isGreaterThan(num(medium.replace("px", "")));
      browser.open(server.url(ARTICLE));
      assertThat(browser.eval("document.getElementById('fs-large').checked")).as("字号 on a later visit").isEqualTo("true");
    }
  }

  private static double num(String s) {
    return Double.parseDouble(s);
  }

  private static boolean chineseFont() {
    try {
      var p = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 && !out.isBlank();
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
