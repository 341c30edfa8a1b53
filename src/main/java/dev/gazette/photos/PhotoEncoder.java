package dev.gazette.photos;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Scales and encodes one derivative. The writers are given no metadata, so a derivative carries
 * none of the original's (Exif, GPS, XMP, IPTC, ICC): a JPEG has only its JFIF header, a PNG only
 * its image chunks. JPEG for opaque photos; PNG keeps the alpha of PNG and GIF originals.
 */
final class PhotoEncoder {
  private PhotoEncoder() {}

  /** {@code src} scaled to {@code w}×{@code h}: halved while that stays above the target, then bicubic. */
  static BufferedImage scale(BufferedImage src, int w, int h) {
    BufferedImage cur = src;
    while (cur.getWidth() / 2 >= w && cur.getHeight() / 2 >= h) {
      cur = draw(cur, cur.getWidth() / 2, cur.getHeight() / 2);
    }
    return cur.getWidth() == w && cur.getHeight() == h ? cur : draw(cur, w, h);
  }

  private static BufferedImage draw(BufferedImage src, int w, int h) {
    var out = new BufferedImage(w, h, src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(src, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  static byte[] encode(BufferedImage img, String type, int quality) throws IOException {
    boolean jpeg = type.equals("image/jpeg");
    ImageWriter writer = ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png").next();
    var bytes = new ByteArrayOutputStream(64 * 1024);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (jpeg) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality / 100f);
        // progressive: smaller for photos, and a first coarse scan shows early on slow networks
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      }
      writer.write(null, new IIOImage(img, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
