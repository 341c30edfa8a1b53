package dev.gazette.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser for tests (RFC 8259, and no duplicate keys): objects are maps in order,
 * arrays lists, numbers Long or Double. Anything else, trailing text included, is an
 * IllegalArgumentException naming the offset.
 */
public final class StrictJson {
  private final String s;
  private int i;

  private StrictJson(String s) {
    this.s = s;
  }

  public static Object parse(String text) {
    var p = new StrictJson(text);
    p.space();
    Object v = p.value();
    p.space();
    if (p.i != text.length()) {
      throw p.fail("trailing text");
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(String text) {
    Object v = parse(text);
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException("not an object: " + text);
    }
    return (Map<String, Object>) v;
  }

  private Object value() {
    if (i >= s.length()) {
      throw fail("unexpected end");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{':
        return obj();
      case '[':
        return arr();
      case '"':
        return str();
      case 't':
        return word("true", Boolean.TRUE);
      case 'f':
        return word("false", Boolean.FALSE);
      case 'n':
        return word("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return num();
        }
        throw fail("unexpected '" + c + "'");
    }
  }

  private Map<String, Object> obj() {
    var map = new LinkedHashMap<String, Object>();
    i++;
    space();
    if (peek() == '}') {
      i++;
      return map;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw fail("expected a key");
      }
      String key = str();
      space();
      expect(':');
      space();
      Object v = value();
      if (map.containsKey(key)) {
        throw fail("duplicate key \"" + key + "\"");
      }
      map.put(key, v);
      space();
      char c = next();
      if (c == '}') {
        return map;
      }
      if (c != ',') {
        throw fail("expected , or }");
      }
    }
  }

  private List<Object> arr() {
    var list = new ArrayList<Object>();
    i++;
    space();
    if (peek() == ']') {
      i++;
      return list;
    }
    while (true) {
      space();
      list.add(value());
      space();
      char c = next();
      if (c == ']') {
        return list;
      }
      if (c != ',') {
        throw fail("expected , or ]");
      }
    }
  }

  private String str() {
    expect('"');
    var sb = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw fail("control character in a string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (i + 4 > s.length()) {
            throw fail("short \\u escape");
          }
          sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> throw fail("bad escape \\" + e);
      }
    }
  }

  private Object num() {
    int from = i;
    if (peek() == '-') {
      i++;
    }
    if (peek() == '0') {
      i++;
    } else if (digit(peek())) {
      while (digit(peek())) {
        i++;
      }
    } else {
      throw fail("bad number");
    }
    boolean fraction = false;
    if (peek() == '.') {
      fraction = true;
      i++;
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      fraction = true;
      i++;
      if (peek() == '+' || peek() == '-') {
        i++;
      }
      digits();
    }
    String n = s.substring(from, i);
    return fraction ? (Object) Double.parseDouble(n) : (Object) Long.parseLong(n);
  }

  private void digits() {
    if (!digit(peek())) {
      throw fail("expected a digit");
    }
    while (digit(peek())) {
      i++;
    }
  }

  private Object word(String w, Object v) {
    if (!s.startsWith(w, i)) {
      throw fail("expected " + w);
    }
    i += w.length();
    return v;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private void space() {
    while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
  }

  private char peek() {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private char next() {
    if (i >= s.length()) {
      throw fail("unexpected end");
    }
    return s.charAt(i++);
  }

  private void expect(char c) {
    if (next() != c) {
      i--;
      throw fail("expected '" + c + "'");
    }
  }

  private IllegalArgumentException fail(String why) {
    return new IllegalArgumentException(why + " at offset " + i + ": "
        + s.substring(Math.max(0, i - 30), Math.min(s.length(), i + 30)));
  }
}
