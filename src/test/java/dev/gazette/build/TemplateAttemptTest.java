package dev.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template error inside {@code <#attempt>} is recovered from silently, as Hugo's {@code try}. */
class TemplateAttemptTest {
  @Test
  void anErrorTheTemplateRecoversFromIsNoLogLine(@TempDir Path dir) {
    var records = new ArrayList<LogRecord>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        synchronized (records) {
          records.add(r);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    // FreeMarker logs through java.util.logging when no other library is there
    Logger logger = Logger.getLogger("freemarker.runtime");
    logger.addHandler(handler);
    Level before = logger.getLevel();
    logger.setLevel(Level.ALL);
    try {
      var site = TestSite.build(dir, ThemeInheritanceTest.SITE + """
          -- themes/kunshan/theme.yml --
          extends: default
          -- themes/kunshan/templates/404.ftlh --
          <#import "base.ftlh" as base><@base.layout><#attempt><img src="${photo('/images/none.jpg').src}"><#recover><p class="no-banner">无横幅</p></#attempt></@base.layout>
          """);
      site.assertFile("public/404.html", "无横幅");
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(before);
    }
    synchronized (records) {
      // what a default logging setup prints (INFO and up; FreeMarker's own debug line aside)
      assertThat(records.stream().filter(r -> r.getLevel().intValue() >= Level.INFO.intValue()).toList())
          .extracting(LogRecord::getMessage).isEmpty();
    }
  }
}
