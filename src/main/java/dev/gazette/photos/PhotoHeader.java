package dev.gazette.photos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an image's header says, read without decoding pixels: its format, its stored size and
 * its EXIF orientation (1 upright ... 8; a JPEG's APP1 Exif block, else 1).
 */
record PhotoHeader(String format, int width, int height, int orientation) {
  /** Whether the shown image is the stored one turned a quarter (orientations 5 to 8). */
  boolean turned() {
    return orientation >= 5;
  }

  int shownWidth() {
    return turned() ? height : width;
  }

  int shownHeight() {
    return turned() ? width : height;
  }

  static PhotoHeader read(Path file) throws PhotoError, IOException {
    if (Files.size(file) == 0) {
      throw new PhotoError("the file is empty", "copy the photo again: the upload or export did not finish");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = reader(in);
      try {
        reader.setInput(in, true, true);
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        format = format.equals("jpg") ? "jpeg" : format;
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        return new PhotoHeader(format, w, h, format.equals("jpeg") ? orientation(file) : 1);
      } catch (IOException | RuntimeException e) {
        throw new PhotoError("the image cannot be read: " + reason(e), "export it again as JPEG or PNG");
      } finally {
        reader.dispose();
      }
    }
  }

  /** A reader for the image in {@code in}: JPEG, PNG or GIF, else the file is not a photo. */
  static ImageReader reader(ImageInputStream in) throws PhotoError {
    var readers = ImageIO.getImageReaders(in);
    while (readers.hasNext()) {
      ImageReader r = readers.next();
      String name;
      try {
        name = r.getFormatName().toLowerCase(Locale.ROOT);
      } catch (IOException e) {
        continue;
      }
      if (name.equals("jpeg") || name.equals("jpg") || name.equals("png") || name.equals("gif")) {
        return r;
      }
      r.dispose();
    }
    throw new PhotoError("the file is not a JPEG, PNG or GIF image", "check the file: its content is not an image its name promises");
  }

  static String reason(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /**
   * The orientation tag (0x0112) of IFD0 in a JPEG's Exif block; 1 when there is none or it is
   * damaged (a damaged Exif block never fails a photo: it is dropped with the rest of the metadata).
   */
  static int orientation(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(256 * 1024);
      return orientation(head);
    }
  }

  static int orientation(byte[] b) {
    if (b.length < 4 || (b[0] & 0xff) != 0xff || (b[1] & 0xff) != 0xd8) {
      return 1;
    }
    int i = 2;
    while (i + 4 <= b.length && (b[i] & 0xff) == 0xff) {
      int marker = b[i + 1] & 0xff;
      int len = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
      if (marker == 0xda || len < 2) {
        return 1;
      }
      int data = i + 4;
      if (marker == 0xe1 && data + 14 <= b.length && b[data] == 'E' && b[data + 1] == 'x' && b[data + 2] == 'i'
          && b[data + 3] == 'f' && b[data + 4] == 0) {
        int v = tiffOrientation(b, data + 6, Math.min(b.length, i + 2 + len));
        return v >= 1 && v <= 8 ? v : 1;
      }
      i += 2 + len;
    }
    return 1;
  }

  private static int tiffOrientation(byte[] b, int tiff, int end) {
    boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
    int ifd = (int) u32(b, tiff + 4, little);
    if (ifd < 8 || tiff + ifd + 2 > end) {
      return 1;
    }
    int at = tiff + ifd;
    int count = u16(b, at, little);
    for (int k = 0; k < count; k++) {
      int e = at + 2 + 12 * k;
      if (e + 12 > end) {
        return 1;
      }
      if (u16(b, e, little) == 0x0112) {
        return u16(b, e + 8, little);
      }
    }
    return 1;
  }

  private static int u16(byte[] b, int i, boolean little) {
    return little ? (b[i] & 0xff) | ((b[i + 1] & 0xff) << 8) : ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
  }

  private static long u32(byte[] b, int i, boolean little) {
    return little ? (u16(b, i, true) | ((long) u16(b, i + 2, true) << 16)) : (((long) u16(b, i, false) << 16) | u16(b, i + 2, false));
  }
}
