package dev.gazette.output;

import com.sun.jna.Function;
import com.sun.jna.LastErrorException;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Swaps two folders in one system call, so that neither name is ever missing: Linux's {@code
 * renameat2(RENAME_EXCHANGE)} (3.15+, on ext4, xfs, btrfs, tmpfs, overlayfs ...) and macOS's
 * {@code renamex_np(RENAME_SWAP)} (APFS), called through JNA. Where neither exists (Windows,
 * another Unix, a file system that refuses the flag, JNA unable to load), {@link #swap} says so
 * and the caller falls back to two renames.
 *
 * <p>{@code -Dgazette.swap=rename} turns the exchange off, for tests of that fallback.
 */
final class Exchange {
  private static final int AT_FDCWD = -100;
  private static final int EXCHANGE_FLAG = 2; // RENAME_EXCHANGE on Linux, RENAME_SWAP on macOS
  private static final Function CALL = lookUp();

  private Exchange() {}

  /**
   * Exchanges {@code a} and {@code b}, both existing.
   *
   * @return false when this system cannot exchange them in one call (nothing was changed)
   * @throws IOException when the system refused for another reason (a mount point: busy)
   */
  static boolean swap(Path a, Path b) throws IOException {
    if (CALL == null || "rename".equals(System.getProperty("gazette.swap"))) {
      return false;
    }
    byte[] from = cString(a);
    byte[] to = cString(b);
    try {
      if (Platform.isLinux()) {
        CALL.invokeInt(new Object[] {AT_FDCWD, from, AT_FDCWD, to, EXCHANGE_FLAG});
      } else {
        CALL.invokeInt(new Object[] {from, to, EXCHANGE_FLAG});
      }
      return true;
    } catch (LastErrorException e) {
      if (unsupported(e.getErrorCode())) {
        return false;
      }
      throw new FileSystemException(a.toString(), b.toString(), strerror(e.getErrorCode()));
    }
  }

  /** EINVAL (the file system refuses the flag), ENOSYS (an old kernel), ENOTSUP / EOPNOTSUPP. */
  private static boolean unsupported(int errno) {
    return Platform.isMac() ? errno == 22 || errno == 45 || errno == 78 : errno == 22 || errno == 38 || errno == 95;
  }

  private static Function lookUp() {
    try {
      if (Platform.isLinux()) {
        return Function.getFunction("c", "renameat2", Function.THROW_LAST_ERROR);
      }
      if (Platform.isMac()) {
        return Function.getFunction("c", "renamex_np", Function.THROW_LAST_ERROR);
      }
    } catch (LinkageError | RuntimeException e) {
      // no JNA native library for this system, or a C library without the call: two renames
    }
    return null;
  }

  /** The path as the file system's bytes (the JDK's own path encoding), NUL-terminated. */
  private static byte[] cString(Path p) {
    String encoding = System.getProperty("sun.jnu.encoding");
    Charset cs = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
    byte[] b = p.toString().getBytes(cs);
    return Arrays.copyOf(b, b.length + 1);
  }

  private static String strerror(int errno) {
    try {
      return Function.getFunction("c", "strerror").invokeString(new Object[] {errno}, false);
    } catch (LinkageError | RuntimeException e) {
      return "error " + errno;
    }
  }
}
