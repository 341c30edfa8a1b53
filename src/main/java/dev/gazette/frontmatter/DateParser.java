package dev.gazette.frontmatter;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
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

  /** Other ways people write a date: 2022年6月26日 17时05分, 2022/6/26 17:05, 2022.06.26. */
  private static final Pattern LOOSE = Pattern.compile(
      "(\\d{4})\\s*[年/.\\-]\\s*(\\d{1,2})\\s*[月/.\\-]\\s*(\\d{1,2})\\s*日?"
          + "(?:\\s*[T ]?\\s*(\\d{1,2})\\s*[:：时點点]\\s*(\\d{1,2})\\s*分?(?:\\s*[:：]?\\s*(\\d{1,2})\\s*秒?)?)?\\s*");

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
    int y = num(m, 1);
    int mo = num(m, 2);
    int d = num(m, 3);
    if (mo < 1 || mo > 12) {
      throw new DateTimeException("impossible date \"" + text + "\": there is no month " + mo);
    }
    int days = YearMonth.of(y, mo).lengthOfMonth();
    if (d < 1 || d > days) {
      throw new DateTimeException("impossible date \"" + text + "\": "
          + Month.of(mo).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + y + " has " + days + " days");
    }
    date = LocalDate.of(y, mo, d);
    if (m.group(4) != null) {
      int h = num(m, 4);
      int min = num(m, 5);
      int sec = m.group(6) == null ? 0 : num(m, 6);
      int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
      if (h > 23 || min > 59 || sec > 59) {
        throw new DateTimeException("impossible time \"" + text + "\": hours go from 00 to 23, minutes and seconds from 00 to 59");
      }
      time = LocalTime.of(h, min, sec, nanos);
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
      throw new DateTimeException("impossible offset \"" + offset + "\" in \"" + text + "\": offsets go from -18:00 to +18:00");
    }
    return local.atOffset(off).atZoneSameInstant(zone);
  }

  /** The hint for a date that did not parse: a corrected spelling when one is clear, and the list. */
  public static String hint(String text) {
    // ２０２６-12-01, 2026-12-01　09:05: full-width digits or spaces from a Chinese input method
    String typed = text.strip();
    String narrow = Normalizer.normalize(typed, Normalizer.Form.NFKC).replace('\u3000', ' ');
    if (!narrow.equals(typed)) {
      String fixed = DATE.matcher(narrow).matches() ? narrow : loose(narrow);
      if (fixed != null) {
        return "it has full-width characters (a Chinese input method's digits or space): write " + fixed + "; " + ACCEPTED;
      }
    }
    String fixed = DATE.matcher(typed).matches() ? null : loose(typed);
    return fixed == null ? ACCEPTED : "write " + fixed + "; " + ACCEPTED;
  }

  /** The date in one of the accepted spellings when {@code text} is one of the other ways people write it, or null. */
  private static String loose(String text) {
    Matcher m = LOOSE.matcher(text);
    if (m.matches()) {
      String s = m.group(1) + "-" + two(m.group(2)) + "-" + two(m.group(3));
      if (m.group(4) != null) {
        s += " " + two(m.group(4)) + ":" + two(m.group(5)) + (m.group(6) != null ? ":" + two(m.group(6)) : "");
      }
      return s;
    }
    return null;
  }

  private static String two(String digits) {
    return digits.length() == 1 ? "0" + digits : digits;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
