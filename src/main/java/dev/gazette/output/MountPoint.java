package dev.gazette.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether a folder is a mount point (a Docker or CI volume, a tmpfs): it cannot be renamed or
 * exchanged ({@code Device or resource busy}), only written into.
 */
final class MountPoint {
  private static final Path MOUNTINFO = Path.of("/proc/self/mountinfo");

  private MountPoint() {}

  static boolean is(Path dir) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || dir.getParent() == null) {
      return false;
    }
    try {
      Object dev = Files.getAttribute(dir, "unix:dev", LinkOption.NOFOLLOW_LINKS);
      if (!dev.equals(Files.getAttribute(dir.getParent(), "unix:dev"))) {
        return true;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
      return false;
    }
    return listed(dir);
  }

  /** A bind mount of a folder of the same file system has its parent's device: Linux lists it. */
  private static boolean listed(Path dir) {
    if (!Files.isReadable(MOUNTINFO)) {
      return false;
    }
    try {
      String real = dir.toRealPath().toString();
      for (String line : Files.readAllLines(MOUNTINFO, StandardCharsets.UTF_8)) {
        String[] f = line.split(" ");
        if (f.length > 4 && unescape(f[4]).equals(real)) {
          return true;
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }

  /** mountinfo writes space, tab, newline and backslash as octal escapes ({@code \040}). */
  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    var b = new java.io.ByteArrayOutputStream();
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\\' && i + 3 < in.length) {
        b.write(Integer.parseInt(new String(in, i + 1, 3, StandardCharsets.US_ASCII), 8));
        i += 3;
      } else {
        b.write(in[i]);
      }
    }
    return b.toString(StandardCharsets.UTF_8);
  }
}
