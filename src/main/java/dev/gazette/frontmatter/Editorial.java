package dev.gazette.frontmatter;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a licensed newsroom prints with an article (互联网新闻信息服务管理规定): the responsible
 * editors (责任编辑), a reprint's original headline (原标题), original author (原作者) and the
 * original's URL, and the corrections (更正) published since.
 *
 * @param originalTitle null when not given
 * @param originalAuthor null when not given
 * @param sourceUrl the original's absolute URL, or null
 * @param corrections oldest first
 */
public record Editorial(List<String> editors, String originalTitle, String originalAuthor, String sourceUrl,
    List<Correction> corrections) {
  public static final Editorial NONE = new Editorial(List.of(), null, null, null, List.of());

  public Editorial {
    editors = List.copyOf(editors);
    corrections = List.copyOf(corrections);
  }

  /** A correction or note (更正/说明) with the date it was made. */
  public record Correction(ZonedDateTime date, String text) {
    public Correction {
      Objects.requireNonNull(date);
      Objects.requireNonNull(text);
    }
  }

  /** The date of the newest correction, or null. */
  public ZonedDateTime lastCorrected() {
    ZonedDateTime last = null;
    for (Correction c : corrections) {
      if (last == null || c.date().isAfter(last)) {
        last = c.date();
      }
    }
    return last;
  }
}
