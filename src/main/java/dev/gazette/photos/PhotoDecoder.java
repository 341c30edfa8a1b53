package dev.gazette.photos;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a photo for its derivatives: subsampled while reading, so only about the pixels of the
 * widest derivative are ever in memory (a 6000×4000 JPEG for 1600-wide derivatives is read at
 * every third pixel: 2000×1333, 10 MB instead of 96 MB), then turned upright by its EXIF
 * orientation and drawn into an sRGB image (CMYK and ICC-profiled JPEGs are converted by
 * TwelveMonkeys' reader, other colour spaces by the draw).
 */
final class PhotoDecoder {
  private PhotoDecoder() {}

  /** The upright sRGB image, at least {@code width} wide (as shown) when the original is. */
  static BufferedImage decode(java.nio.file.Path file, PhotoHeader h, int width) throws PhotoError, IOException {
    int step = Math.max(1, h.shownWidth() / Math.max(1, width));
    BufferedImage raw;
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new IOException("cannot open " + file);
      }
      ImageReader reader = PhotoHeader.reader(in);
      try {
        reader.setInput(in, true, true);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        // a truncated or garbled scan decodes to a grey bottom with only a warning: that is a damaged photo
        String[] truncated = {null};
        reader.addIIOReadWarningListener((source, warning) -> {
          if (warning != null && warning.toLowerCase(java.util.Locale.ROOT).contains("premature end")) {
            truncated[0] = warning;
          }
        });
        raw = reader.read(0, param);
        if (truncated[0] != null) {
          throw new IIOException(truncated[0] + " (its data is cut short or garbled)");
        }
      } catch (IIOException | RuntimeException e) {
        throw new PhotoError("the image is damaged and cannot be decoded: " + PhotoHeader.reason(e),
            "export it again from the original, or replace the file");
      } finally {
        reader.dispose();
      }
    }
    return upright(raw, h.orientation());
  }

  /** The image drawn upright into sRGB (INT_RGB, or INT_ARGB when it has alpha). */
  static BufferedImage upright(BufferedImage src, int orientation) {
    int w = src.getWidth();
    int h = src.getHeight();
    boolean turned = orientation >= 5;
    boolean alpha = src.getColorModel().hasAlpha();
    var out = new BufferedImage(turned ? h : w, turned ? w : h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
      g.drawImage(src, transform(orientation, w, h), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Stored pixel (x, y) to shown pixel, for EXIF orientations 1 to 8 (w, h: the stored size). */
  static AffineTransform transform(int orientation, int w, int h) {
    return switch (orientation) {
      case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);     // mirrored
      case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);    // upside down
      case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);     // mirrored upside down
      case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);      // transposed
      case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);     // turned a quarter clockwise
      case 7 -> new AffineTransform(0, -1, -1, 0, h, w);    // transversed
      case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);     // turned a quarter counter-clockwise
      default -> new AffineTransform();
    };
  }
}
