package dev.gazette.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the raw path of a request into a key of the snapshot ({@code /tags/%E7%94%9F/} is
 * {@code tags/生/}). Anything that could name a file outside the site, or that no generated file
 * can have, is refused: {@code .} and {@code ..} segments, encoded slashes and backslashes, NUL and
 * other control characters, malformed percent escapes and UTF-8. The result never starts with
 * {@code /} and, when it is not empty, is either a file path or a folder path ending in {@code /}.
 */
final class RequestPath {
  private RequestPath() {}

  /** @return the decoded path without its leading slash, or empty when the path is refused */
  static Optional<String> decode(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.empty();
    }
    var out = new StringBuilder();
    String[] segments = rawPath.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      var segment = segment(segments[i]);
      if (segment.isEmpty()) {
        return Optional.empty();
      }
      String s = segment.get();
      boolean last = i == segments.length - 1;
      if (s.isEmpty() && !last) {
        return Optional.empty();
      }
      out.append(s);
      if (!last) {
        out.append('/');
      }
    }
    return Optional.of(out.toString());
  }

  /** One segment, decoded; empty when it is refused. */
  private static Optional<String> segment(String raw) {
    byte[] bytes = percentDecode(raw);
    if (bytes == null) {
      return Optional.empty();
    }
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    if (s.equals(".") || s.equals("..")) {
      return Optional.empty();
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
        return Optional.empty();
      }
    }
    return Optional.of(s);
  }

  /** @return null for a malformed escape */
  private static byte[] percentDecode(String raw) {
    var out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return null;
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        int end = raw.indexOf('%', i);
        end = end < 0 ? raw.length() : end;
        byte[] b = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
        i = end - 1;
      }
    }
    return out.toByteArray();
  }
}
