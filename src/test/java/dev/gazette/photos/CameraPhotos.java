package dev.gazette.photos;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Camera-size photos made without a camera: a rendered scene (sky, hills, a skyline with lit
 * windows, trees, water with its reflection, sensor grain) as a JPEG with an Exif block that has
 * a camera model, an orientation and a GPS position, like a photo desk's files. The same name
 * gives the same bytes. The sample portal's photos and {@code bench/photos-bench.sh} are made
 * with it:
 *
 * <pre>
 * java -cp target/test-classes dev.gazette.photos.CameraPhotos --out static/images metro-line-8 pingjiang-road:portrait
 * java -cp target/test-classes dev.gazette.photos.CameraPhotos --out /tmp/photos --count 200
 * </pre>
 *
 * A name ending in {@code :portrait} is a portrait photo stored the way a camera held upright
 * stores it: landscape pixels turned a quarter, with Exif orientation 6 (shown turned clockwise).
 */
public final class CameraPhotos {
  public static final int WIDTH = 4000;
  public static final int HEIGHT = 3000;

  private CameraPhotos() {}

  public static void main(String[] args) throws IOException {
    Path out = null;
    int count = 0;
    int width = WIDTH;
    int height = HEIGHT;
    var names = new ArrayList<String>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--count" -> count = Integer.parseInt(args[++i]);
        case "--size" -> {
          String[] wh = args[++i].split("x");
          width = Integer.parseInt(wh[0]);
          height = Integer.parseInt(wh[1]);
        }
        default -> names.add(args[i]);
      }
    }
    if (out == null || (count == 0 && names.isEmpty())) {
      System.err.println("usage: CameraPhotos --out DIR [--size 4000x3000] (--count N | NAME[:portrait] ...)");
      System.exit(2);
    }
    names.addAll(names(count));
    Files.createDirectories(out);
    final Path dir = out;
    final int w = width;
    final int h = height;
    // one photo per core, as a camera card is read
    names.parallelStream().forEach(n -> {
      boolean portrait = n.endsWith(":portrait");
      String name = portrait ? n.substring(0, n.length() - ":portrait".length()) : n;
      try {
        Files.write(dir.resolve(name + ".jpg"), photo(name, w, h, portrait));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    System.out.println("wrote " + names.size() + " photos of " + width + "x" + height + " to " + out);
  }

  /** The JPEG bytes of the photo called {@code name}: {@code w}×{@code h} as shown (swapped when portrait). */
  public static byte[] photo(String name, int w, int h, boolean portrait) {
    long seed = 0;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      seed = seed * 1_000_003 + b;
    }
    if (!portrait) {
      return TestImages.withExif(TestImages.encode(scene(w, h, seed), "jpeg", 0.86f), 1);
    }
    BufferedImage shown = scene(h, w, seed);
    return TestImages.withExif(TestImages.encode(turnCounterClockwise(shown), "jpeg", 0.86f), 6);
  }

  /** The stored pixels of a photo shown turned a quarter clockwise (Exif orientation 6). */
  static BufferedImage turnCounterClockwise(BufferedImage src) {
    int w = src.getWidth();
    int h = src.getHeight();
    var out = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
    int[] from = ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
    int[] to = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        // shown (x, y) is stored at (y, w - 1 - x)
        to[(w - 1 - x) * h + y] = from[y * w + x];
      }
    }
    return out;
  }

  private static final Color[][] SKIES = {
      {new Color(62, 120, 196), new Color(196, 222, 240)},    // clear day
      {new Color(255, 150, 90), new Color(255, 214, 160)},    // dusk
      {new Color(130, 138, 150), new Color(200, 204, 210)},   // overcast
      {new Color(14, 22, 52), new Color(60, 60, 110)},        // night
      {new Color(120, 170, 220), new Color(250, 236, 210)},   // morning haze
  };

  /** A rendered city-by-the-water scene, different for every seed. */
  static BufferedImage scene(int w, int h, long seed) {
    var rnd = new SplittableRandom(seed);
    Color[] sky = SKIES[rnd.nextInt(SKIES.length)];
    boolean night = sky[0].getBlue() < 60;
    var img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    int horizon = (int) (h * (0.55 + rnd.nextDouble() * 0.12));
    g.setPaint(new GradientPaint(0, 0, sky[0], 0, horizon, sky[1]));
    g.fillRect(0, 0, w, horizon);
    // the sun or the moon, and clouds
    g.setColor(night ? new Color(240, 240, 220) : new Color(255, 250, 230, 200));
    int sun = h / 12 + rnd.nextInt(h / 12);
    g.fillOval(rnd.nextInt(w - sun), h / 10 + rnd.nextInt(h / 5), sun, sun);
    for (int c = 0; c < 14; c++) {
      g.setColor(new Color(255, 255, 255, night ? 20 : 40 + rnd.nextInt(60)));
      int cw = w / 8 + rnd.nextInt(w / 4);
      g.fillOval(rnd.nextInt(w), rnd.nextInt(Math.max(1, horizon / 2)), cw, cw / 4);
    }
    // two ranges of hills, farther ones paler
    hills(g, w, horizon, h / 6, blend(sky[1], new Color(70, 100, 90), 0.45), rnd);
    hills(g, w, horizon, h / 10, blend(sky[1], new Color(40, 80, 60), 0.75), rnd);
    // the skyline: towers with a grid of windows, some lit
    int x = -rnd.nextInt(w / 20);
    while (x < w) {
      int bw = w / 40 + rnd.nextInt(w / 14);
      int bh = h / 12 + rnd.nextInt(h * 2 / 5);
      int shade = 60 + rnd.nextInt(90);
      Color wall = night ? new Color(shade / 3, shade / 3, shade / 2) : new Color(shade + 40, shade + 38, shade + 30);
      g.setColor(wall);
      g.fillRect(x, horizon - bh, bw, bh);
      int cell = Math.max(6, w / 260);
      for (int wy = horizon - bh + cell; wy < horizon - cell; wy += cell * 2) {
        for (int wx = x + cell / 2; wx < x + bw - cell; wx += cell * 2) {
          boolean lit = rnd.nextInt(night ? 3 : 9) == 0;
          g.setColor(lit ? new Color(255, 220, 140) : night ? new Color(30, 30, 50) : blend(wall, sky[0], 0.35));
          g.fillRect(wx, wy, cell, cell);
        }
      }
      x += bw + rnd.nextInt(w / 60 + 1);
    }
    // trees along the shore
    for (int t = 0; t < 90; t++) {
      int r = h / 60 + rnd.nextInt(h / 22);
      g.setColor(night ? new Color(10, 25 + rnd.nextInt(20), 15) : new Color(30 + rnd.nextInt(40), 80 + rnd.nextInt(60), 30 + rnd.nextInt(30)));
      g.fillOval(rnd.nextInt(w), horizon - r - rnd.nextInt(r + 1), r * 2, r * 2);
    }
    g.dispose();
    int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    reflect(px, w, h, horizon, sky[0], rnd);
    grain(px, rnd.nextLong());
    return img;
  }

  private static void hills(Graphics2D g, int w, int base, int height, Color colour, SplittableRandom rnd) {
    var p = new Polygon();
    p.addPoint(0, base);
    double a = rnd.nextDouble() * 6;
    double b = rnd.nextDouble() * 6;
    for (int x = 0; x <= w; x += Math.max(1, w / 200)) {
      double t = (double) x / w;
      double y = 0.55 + 0.25 * Math.sin(t * 7 + a) + 0.15 * Math.sin(t * 19 + b) + 0.05 * Math.sin(t * 53 + a * b);
      p.addPoint(x, base - (int) (height * y));
    }
    p.addPoint(w, base);
    g.setColor(colour);
    g.fillPolygon(p);
  }

  /** Below the horizon: the scene mirrored, darker and tinted by the water, with ripples. */
  private static void reflect(int[] px, int w, int h, int horizon, Color water, SplittableRandom rnd) {
    double phase = rnd.nextDouble() * 10;
    for (int y = horizon; y < h; y++) {
      int d = y - horizon;
      int src = Math.max(0, horizon - 1 - d);
      double depth = (double) d / (h - horizon);
      int shift = (int) (Math.sin(y * 0.08 + phase) * (4 + depth * 30));
      for (int x = 0; x < w; x++) {
        int sx = Math.min(w - 1, Math.max(0, x + shift));
        int c = px[src * w + sx];
        double k = 0.55 - depth * 0.25;
        int r = (int) (((c >> 16) & 0xff) * k + water.getRed() * (1 - k) * 0.5);
        int gr = (int) (((c >> 8) & 0xff) * k + water.getGreen() * (1 - k) * 0.5);
        int b = (int) ((c & 0xff) * k + water.getBlue() * (1 - k) * 0.6);
        px[y * w + x] = (r << 16) | (gr << 8) | b;
      }
    }
  }

  /** Sensor grain: a little noise on every pixel, so the JPEG weighs what a photo weighs. */
  private static void grain(int[] px, long seed) {
    long s = seed | 1;
    for (int i = 0; i < px.length; i++) {
      s ^= s << 13;
      s ^= s >>> 7;
      s ^= s << 17;
      int n = (int) ((s & 15) + ((s >>> 4) & 15)) / 2 - 7;   // -7..+8, peaked at 0
      int c = px[i];
      px[i] = (clamp(((c >> 16) & 0xff) + n) << 16) | (clamp(((c >> 8) & 0xff) + n) << 8) | clamp((c & 0xff) + n);
    }
  }

  private static int clamp(int v) {
    return v < 0 ? 0 : Math.min(255, v);
  }

  private static Color blend(Color a, Color b, double t) {
    return new Color((int) (a.getRed() * (1 - t) + b.getRed() * t), (int) (a.getGreen() * (1 - t) + b.getGreen() * t),
        (int) (a.getBlue() * (1 - t) + b.getBlue() * t));
  }

  /** {@code photo-001} to {@code photo-N}: the names {@code --count N} writes. */
  static List<String> names(int count) {
    var out = new ArrayList<String>();
    for (int i = 1; i <= count; i++) {
      out.add(String.format("photo-%03d", i));
    }
    return out;
  }
}
