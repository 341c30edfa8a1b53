package dev.gazette.source;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import dev.gazette.diag.StrictUtf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one content file: size limit, binary check, strict UTF-8, BOM and line endings. */
public final class SourceReader {
  private SourceReader() {}

  /** The decoded file, or the one problem that stops it from being read. */
  public sealed interface Result permits Ok, Failed {}

  public record Ok(SourceFile file) implements Result {}

  public record Failed(Diagnostic diagnostic) implements Result, Raw {}

  /** The bytes of a file, or why they cannot be read. */
  public sealed interface Raw permits Bytes, Failed {}

  public record Bytes(byte[] bytes) implements Raw {}

  /** The file's bytes, refused over {@code maxBytes}: a cache looks at them before decoding. */
  public static Raw readBytes(Path path, String relPath, long maxBytes) {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        return new Failed(Diagnostic.error(relPath, 0, 0,
            "article is " + Sizes.human(size) + ", over the limit of " + Sizes.human(maxBytes) + " (maxArticleSize)",
            "split it, move large files to static/, or raise maxArticleSize in site-config.yml"));
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return new Failed(Diagnostic.error(relPath, 0, 0, "cannot read: " + reason(e), "check that the file exists and can be read"));
    } catch (OutOfMemoryError e) {
      return new Failed(Diagnostic.error(relPath, 0, 0, "cannot read: the file does not fit in memory",
          "lower maxArticleSize in site-config.yml, or split the file"));
    }
    return new Bytes(bytes);
  }

  /** @param hash the hash of {@code bytes} by which the build's cache knows them ({@link dev.gazette.store.SourceHash}) */
  public static Result decode(Path path, String relPath, byte[] bytes, String hash) {
    if (bytes.length == 0) {
      return new Failed(Diagnostic.error(relPath, 0, 0, "empty file", "write front matter and a body, or delete the file"));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new Failed(StrictUtf8.at(bytes, i, relPath,
            "binary file, not text (NUL byte at offset " + i + ")",
            "content/ holds Markdown text; put images and other files under static/"));
      }
    }
    String text;
    try {
      text = StrictUtf8.decode(bytes, relPath);
    } catch (SiteException e) {
      return new Failed(e.diagnostics().get(0));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    return new Ok(new SourceFile(path, relPath, text, hash));
  }

  /** An I/O error in words: the JDK's exception names are not for writers. */
  public static String reason(IOException e) {
    String name = e.getClass().getSimpleName();
    String msg = e.getMessage() == null ? "" : e.getMessage();
    return switch (name) {
      case "NoSuchFileException" -> "the file disappeared while building";
      case "AccessDeniedException" -> "permission denied";
      default -> msg.isEmpty() ? name : msg;
    };
  }
}
