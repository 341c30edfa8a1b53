package dev.gazette.source;

import dev.gazette.diag.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads one content file: size limit, binary check, strict UTF-8, BOM and line endings. */
public final class SourceReader {
  private SourceReader() {}

  /** The decoded file, or the one problem that stops it from being read. */
  public sealed interface Result permits Ok, Failed {}

  public record Ok(SourceFile file) implements Result {}

  public record Failed(Diagnostic diagnostic) implements Result {}

  public static Result read(Path path, String relPath, long maxBytes) {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        return new Failed(Diagnostic.error(relPath, 0, 0,
            "article is " + size + " bytes, over the limit of " + maxBytes,
            "split it, move large files to static/, or raise maxArticleSize in site-config.yml"));
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return new Failed(Diagnostic.error(relPath, 0, 0, "cannot read: " + e.getMessage(), "check the file's permissions"));
    }
    return decode(path, relPath, bytes);
  }

  static Result decode(Path path, String relPath, byte[] bytes) {
    if (bytes.length == 0) {
      return new Failed(Diagnostic.error(relPath, 0, 0, "empty file", "write front matter and a body, or delete the file"));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new Failed(Diagnostic.error(relPath, 0, 0,
            "binary file (NUL byte at offset " + i + ")",
            "content/ holds Markdown text; put images and other files under static/"));
      }
    }
    Optional<Integer> bad = firstMalformed(bytes);
    if (bad.isPresent()) {
      int offset = bad.get();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      return new Failed(Diagnostic.error(relPath, line, 0,
          "not valid UTF-8 (byte offset " + offset + ")",
          "save the file as UTF-8; files saved as GBK/GB2312 must be converted"));
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    return new Ok(new SourceFile(path, relPath, text));
  }

  private static Optional<Integer> firstMalformed(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      return Optional.of(in.position());
    }
    return Optional.empty();
  }
}
