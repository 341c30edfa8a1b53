package dev.gazette.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * Decodes a source file as strict UTF-8. A malformed byte is an error at its line, column and byte
 * offset, never a replacement character silently published: a GBK file read as UTF-8 would
 * otherwise become garbage on the live site.
 */
public final class StrictUtf8 {
  static final String HINT = "save the file as UTF-8 (files saved as GBK/GB2312 must be converted,"
      + " for example with: iconv -f GBK -t UTF-8)";

  private StrictUtf8() {}

  /**
   * @param file the site-relative path, for the diagnostic
   * @throws SiteException when the bytes are not valid UTF-8
   */
  public static String decode(byte[] bytes, String file) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    // a malformed byte decodes to U+FFFD: only then (or for a file that has that character) look closer
    OptionalInt bad = text.indexOf('\uFFFD') < 0 ? OptionalInt.empty() : firstMalformed(bytes);
    if (bad.isPresent()) {
      throw new SiteException(at(bytes, bad.getAsInt(), file,
          "not valid UTF-8 (byte offset " + bad.getAsInt() + String.format(": 0x%02X)", bytes[bad.getAsInt()] & 0xff),
          HINT));
    }
    return text;
  }

  /** A diagnostic at the line and column (in code points) of byte {@code offset}. */
  public static Diagnostic at(byte[] bytes, int offset, String file, String message, String hint) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    int col = before.codePointCount(0, before.length()) + 1;
    return Diagnostic.error(file, line, col, message, hint);
  }

  private static OptionalInt firstMalformed(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      return OptionalInt.of(in.position());
    }
    r = decoder.flush(out);
    return r.isError() ? OptionalInt.of(in.position()) : OptionalInt.empty();
  }
}
