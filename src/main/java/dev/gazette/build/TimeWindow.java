package dev.gazette.build;

import dev.gazette.feeds.NewsSitemap;
import dev.gazette.frontmatter.FrontMatter;
import dev.gazette.frontmatter.ParsedDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretch of time around a build's "now" in which the same sources make the same site. The
 * moment of a build decides three things: which articles are published (future dates, expiry),
 * which are in the news sitemap (the last 48 hours) and the year in the footer. Each compares a
 * moment of the sources (a date, a date + 48 hours, an expiry, a new year) with "now"; while no
 * such moment lies between two builds' "now", every comparison comes out the same.
 *
 * @param after the latest such moment before "now" ({@link Instant#MIN} when none)
 * @param before the earliest such moment after "now" ({@link Instant#MAX} when none)
 * @param only "now" itself when a moment equals it (then no other instant is the same), else null
 */
record TimeWindow(Instant after, Instant before, Instant only) {

  static TimeWindow around(Instant now, ZoneId zone, List<ParsedDocument> docs) {
    var moments = new ArrayList<Instant>();
    int year = now.atZone(zone).getYear();
    moments.add(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
    moments.add(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
    for (ParsedDocument d : docs) {
      FrontMatter fm = d.frontMatter();
      if (fm.date() != null) {
        moments.add(fm.date().toInstant());
        moments.add(fm.date().toInstant().plus(NewsSitemap.WINDOW));
      }
      if (fm.expires() != null) {
        moments.add(fm.expires().toInstant());
      }
      // a warning holds until an updated or a correction date is reached (Selection)
      if (fm.updated() != null) {
        moments.add(fm.updated().toInstant());
      }
      for (var c : fm.editorial().corrections()) {
        moments.add(c.date().toInstant());
      }
    }
    Instant after = Instant.MIN;
    Instant before = Instant.MAX;
    Instant only = null;
    for (Instant m : moments) {
      int c = m.compareTo(now);
      if (c == 0) {
        only = now;
      } else if (c < 0 && m.isAfter(after)) {
        after = m;
      } else if (c > 0 && m.isBefore(before)) {
        before = m;
      }
    }
    return new TimeWindow(after, before, only);
  }

  /** The stretch inside both windows (around the same "now"). */
  TimeWindow narrowed(TimeWindow other) {
    Instant o = only != null ? only : other.only;
    return new TimeWindow(after.isAfter(other.after) ? after : other.after,
        before.isBefore(other.before) ? before : other.before, o);
  }

  boolean contains(Instant t) {
    return only != null ? only.equals(t) : t.isAfter(after) && t.isBefore(before);
  }
}
