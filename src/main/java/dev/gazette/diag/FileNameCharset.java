package dev.gazette.diag;

import java.nio.file.InvalidPathException;
import java.util.Optional;

/**
 * Java names files in the charset of the locale it starts in; under the C or POSIX locale of a
 * bare container that is ASCII, and no page of a Chinese site ({@code /tags/民生/}) can be named.
 */
public final class FileNameCharset {
  private FileNameCharset() {}

  /** What to do when {@code e} is a file name this locale cannot encode, else empty. */
  public static Optional<String> hint(Throwable e) {
    String names = System.getProperty("sun.jnu.encoding", "UTF-8");
    if (!(e instanceof InvalidPathException) || names.equalsIgnoreCase("UTF-8")) {
      return Optional.empty();
    }
    return Optional.of("the system locale names files in " + names
        + ", which has no Chinese: run with a UTF-8 locale, such as LC_ALL=C.UTF-8");
  }
}
