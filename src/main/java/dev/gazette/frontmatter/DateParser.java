package dev.gazette.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date spellings of SPEC §3 with java.time. A date without an offset is in the site's
 * time zone; it is never shifted.
 */
public final class DateParser {
  public static final String ACCEPTED =
      "accepted: 2022-06-26, 2022-06-26 17:05, 2022-06-26 17:05:00, 2022-06-26T17:05:00+08:00,"
          + " 2022-06-26 17:05:00 +0800";

  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})"
          + "(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2})?");

  private DateParser() {}

  /** Throws {@link DateTimeException} with a message fit for the writer. */
  public static ZonedDateTime parse(String text, ZoneId zone) {
    String t = text.strip();
    Matcher m = DATE.matcher(t);
    if (!m.matches()) {
      throw new DateTimeException("unrecognised date \"" + text + "\"");
    }
    LocalDate date;
    LocalTime time = LocalTime.MIDNIGHT;
    try {
      date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
    } catch (DateTimeException e) {
      throw new DateTimeException("impossible date \"" + text + "\": " + e.getMessage());
    }
    if (m.group(4) != null) {
      int sec = m.group(6) == null ? 0 : num(m, 6);
      int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
      try {
        time = LocalTime.of(num(m, 4), num(m, 5), sec, nanos);
      } catch (DateTimeException e) {
        throw new DateTimeException("impossible time \"" + text + "\": " + e.getMessage());
      }
    }
    LocalDateTime local = LocalDateTime.of(date, time);
    String offset = m.group(8);
    if (offset == null) {
      return local.atZone(zone);
    }
    ZoneOffset off;
    try {
      off = offset.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
    } catch (DateTimeException e) {
      throw new DateTimeException("impossible offset \"" + offset + "\": " + e.getMessage());
    }
    return local.atOffset(off).atZoneSameInstant(zone);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
