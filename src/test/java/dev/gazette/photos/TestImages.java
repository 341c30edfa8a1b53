package dev.gazette.photos;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/**
 * Images made by the tests themselves: plain JPEG, PNG and GIF; a JPEG with an Exif block
 * (orientation, GPS position, camera model) spliced in after SOI; a CMYK JPEG (Adobe APP14).
 */
public final class TestImages {
  public static final Pattern IMAGE_LINE = Pattern.compile("@image (\\d+)x(\\d+)");

  private TestImages() {}

  /** A gradient image of that size in the format of the path's extension. */
  public static byte[] of(String path, int w, int h) {
    String p = path.toLowerCase(Locale.ROOT);
    String format = p.endsWith(".png") ? "png" : p.endsWith(".gif") ? "gif" : "jpeg";
    return encode(scene(w, h, format.equals("jpeg") ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB), format, 0.9f);
  }

  /** Left half red, right half blue, a green band along the top: which way is up shows after a turn. */
  public static BufferedImage marked(int w, int h) {
    var img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, w / 2, h);
    g.setColor(Color.BLUE);
    g.fillRect(w / 2, 0, w - w / 2, h);
    g.setColor(Color.GREEN);
    g.fillRect(0, 0, w, h / 5);
    g.dispose();
    return img;
  }

  public static BufferedImage scene(int w, int h, int type) {
    var img = new BufferedImage(w, h, type);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(70, 130, 200), 0, h, new Color(240, 200, 150)));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(40, 90, 60));
    g.fillOval(w / 4, h / 2, w / 2, h / 2);
    g.dispose();
    return img;
  }

  public static byte[] encode(BufferedImage img, String format, float quality) {
    return encode(img, format, quality, false);
  }

  /** A progressive JPEG (scans of increasing detail, as web exports often are). */
  public static byte[] progressiveJpeg(BufferedImage img) {
    return encode(img, "jpeg", 0.9f, true);
  }

  private static byte[] encode(BufferedImage img, String format, float quality, boolean progressive) {
    try {
      var out = new ByteArrayOutputStream();
      if (format.equals("jpeg")) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var ios = ImageIO.createImageOutputStream(out)) {
          writer.setOutput(ios);
          var param = writer.getDefaultWriteParam();
          param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
          param.setCompressionQuality(quality);
          if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
          }
          writer.write(null, new IIOImage(img, null, null), param);
        } finally {
          writer.dispose();
        }
      } else if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JPEG of {@code img} with an Exif APP1 block: IFD0 with Make, Model, Orientation and a GPS
   * IFD (latitude 31°18'N, longitude 120°37'E: Suzhou), big-endian as many cameras write it.
   */
  public static byte[] withExif(byte[] jpeg, int orientation) {
    byte[] tiff = exifTiff(orientation);
    int len = 2 + 6 + tiff.length;
    var b = ByteBuffer.allocate(jpeg.length + 2 + len).order(ByteOrder.BIG_ENDIAN);
    b.put(jpeg, 0, 2);                                     // SOI
    b.put((byte) 0xff).put((byte) 0xe1).putShort((short) len);
    b.put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(tiff);
    b.put(jpeg, 2, jpeg.length - 2);
    return b.array();
  }

  private static byte[] exifTiff(int orientation) {
    var t = ByteBuffer.allocate(512).order(ByteOrder.BIG_ENDIAN);
    byte[] make = "GazetteCam\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] model = "GC-1 苏州\0".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    t.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    // IFD0 at 8: 4 entries
    int ifd0 = 8;
    int ifd0End = ifd0 + 2 + 4 * 12 + 4;
    int makeAt = ifd0End;
    int modelAt = makeAt + make.length;
    int gps = modelAt + model.length;
    gps += gps % 2;
    t.putShort((short) 4);
    entry(t, 0x010f, 2, make.length, makeAt);
    entry(t, 0x0110, 2, model.length, modelAt);
    t.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
    entry(t, 0x8825, 4, 1, gps);
    t.putInt(0);
    t.put(make).put(model);
    t.position(gps);
    // GPS IFD: 4 entries, then the rationals
    int rationals = gps + 2 + 4 * 12 + 4;
    t.putShort((short) 4);
    t.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
    entry(t, 2, 5, 3, rationals);
    t.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
    entry(t, 4, 5, 3, rationals + 24);
    t.putInt(0);
    for (int v : new int[] {31, 18, 0, 120, 37, 0}) {
      t.putInt(v).putInt(1);
    }
    byte[] out = new byte[t.position()];
    t.flip();
    t.get(out);
    return out;
  }

  private static void entry(ByteBuffer t, int tag, int type, int count, int offset) {
    t.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
  }

  /**
   * A CMYK JPEG (four components and an Adobe APP14 block, as Photoshop writes them) of a flat
   * colour: cyan 100%, no other ink.
   */
  public static byte[] cmykJpeg(int w, int h) {
    var cs = com.twelvemonkeys.imageio.color.ColorSpaces.getColorSpace(com.twelvemonkeys.imageio.color.ColorSpaces.CS_GENERIC_CMYK);
    var cm = new java.awt.image.ComponentColorModel(cs, false, false, java.awt.Transparency.OPAQUE, java.awt.image.DataBuffer.TYPE_BYTE);
    var raster = cm.createCompatibleWritableRaster(w, h);
    byte[] data = ((java.awt.image.DataBufferByte) raster.getDataBuffer()).getData();
    for (int i = 0; i < data.length; i += 4) {
      data[i] = (byte) 255;
    }
    return encode(new BufferedImage(cm, raster, false, null), "jpeg", 0.9f);
  }

  /** The markers of a JPEG's segments before its first scan (0xe1 APP1, 0xc2 SOF2, ...). */
  public static java.util.List<Integer> markers(byte[] jpeg) {
    var out = new java.util.ArrayList<Integer>();
    for (int i = 2; i + 4 < jpeg.length && (jpeg[i] & 0xff) == 0xff; ) {
      int marker = jpeg[i + 1] & 0xff;
      if (marker == 0xda) {
        break;
      }
      out.add(marker);
      i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
    }
    return out;
  }

  /** The number of colour components in a JPEG's frame header (SOF0 to SOF2). */
  public static int components(byte[] jpeg) {
    for (int i = 2; i + 9 < jpeg.length && (jpeg[i] & 0xff) == 0xff; ) {
      int marker = jpeg[i + 1] & 0xff;
      if (marker >= 0xc0 && marker <= 0xc2) {
        return jpeg[i + 9] & 0xff;
      }
      i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
    }
    return -1;
  }
}
