package dev.gazette.photos;

import dev.gazette.config.ImageConfig;
import dev.gazette.store.Hashes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The derivative store: one file per derivative in a folder (the build cache's {@code photos/}),
 * named by the content hash of its original and the encoder settings. A derivative whose file is
 * there is never encoded again, in this build or any later one; an original that changes gets a
 * new key, so new files and new URLs. Safe to use from many threads.
 */
public final class Derivatives {
  /** Bumped when the decoder or encoder changes what a derivative looks like. */
  static final String ENCODER = "photos-1";
  /** Numbers the temporary files of this JVM's writes. */
  private static final AtomicLong TMP = new AtomicLong(System.nanoTime());

  private final Path dir;
  private final ImageConfig config;
  private final AtomicInteger encoded = new AtomicInteger();

  public Derivatives(Path dir, ImageConfig config) {
    this.dir = dir;
    this.config = config;
  }

  /** How many derivative files were encoded since this store was made. */
  public int encoded() {
    return encoded.get();
  }

  /**
   * The photo made of {@code file} (read from its header and hashed, not decoded), with the
   * output paths of its derivatives beside the original: {@code images/a.jpg} gives {@code
   * images/a-3f9c2e1b7d-640.jpg}.
   *
   * @param source the decoded site path, {@code /images/a.jpg}
   */
  public Photo plan(String source, Path file) throws PhotoError, IOException {
    PhotoHeader h = PhotoHeader.read(file);
    long pixels = (long) h.width() * h.height();
    if (pixels > config.maxPixels()) {
      throw new PhotoError("the image is " + h.width() + "×" + h.height() + " (" + megapixels(pixels)
          + "), above the limit of " + megapixels(config.maxPixels()),
          "scale it down before publishing, or raise images: {maxPixels: " + pixels + "} in site-config.yml");
    }
    String key = Hashes.of(Hashes.of(file) + "|" + ENCODER + "|" + config.quality()).substring(0, 20);
    String type = h.format().equals("jpeg") ? "image/jpeg" : "image/png";
    String ext = type.equals("image/jpeg") ? ".jpg" : ".png";
    String path = source.substring(1);
    int dot = path.lastIndexOf('.');
    String stem = dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
    var variants = new ArrayList<Photo.Variant>();
    for (int w : widths(h.shownWidth())) {
      int ht = Math.max(1, (int) Math.round((double) h.shownHeight() * w / h.shownWidth()));
      variants.add(new Photo.Variant(w, ht, stem + "-" + key.substring(0, 10) + "-" + w + ext, type));
    }
    return new Photo(source, key, h.shownWidth(), h.shownHeight(), variants);
  }

  /** {@code 48.0 megapixels}, or {@code 120000 pixels} below one megapixel. */
  private static String megapixels(long pixels) {
    return pixels < 1_000_000 ? pixels + " pixels" : Math.round(pixels / 100_000.0) / 10.0 + " megapixels";
  }

  /** The configured widths below the original's, and the original's own when it is not wider than the widest. */
  List<Integer> widths(int original) {
    var out = new ArrayList<Integer>();
    for (int w : config.widths()) {
      if (w < original) {
        out.add(w);
      }
    }
    if (original <= config.largest() || out.isEmpty()) {
      out.add(Math.min(original, config.largest()));
    }
    return out;
  }

  /** Where the derivative {@code v} of {@code photo} is kept. */
  public Path file(Photo photo, Photo.Variant v) {
    return dir.resolve(photo.key() + "-" + v.width() + (v.type().equals("image/jpeg") ? ".jpg" : ".png"));
  }

  /**
   * Encodes the derivatives of {@code photo} that the store does not have yet; decodes the
   * original only when one is missing.
   */
  public void make(Photo photo, Path original) throws PhotoError, IOException {
    var missing = new ArrayList<Photo.Variant>();
    for (Photo.Variant v : photo.variants()) {
      if (!Files.isRegularFile(file(photo, v))) {
        missing.add(v);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    Files.createDirectories(dir);
    PhotoHeader h = PhotoHeader.read(original);
    BufferedImage upright = PhotoDecoder.decode(original, h, photo.largest().width());
    // widest first, each scaled from the one before it: every step at most halves twice
    BufferedImage from = upright;
    for (int i = missing.size() - 1; i >= 0; i--) {
      Photo.Variant v = missing.get(i);
      BufferedImage img = PhotoEncoder.scale(from, v.width(), v.height());
      write(file(photo, v), PhotoEncoder.encode(img, v.type(), config.quality()));
      encoded.incrementAndGet();
      from = img;
    }
  }

  /**
   * Removes the temporary files a killed build left in the store {@code dir} (their names start
   * with {@code .photo-}); only for a store no other build is writing in (the cache's lock).
   */
  public static void removeLeftovers(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var tmp = Files.newDirectoryStream(dir, ".photo-*.tmp")) {
      for (Path p : tmp) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // removed by a later build
    }
  }

  /**
   * Writes under a temporary name, then renames. Not {@code Files.createTempFile}: its files are
   * readable by their owner only (0600), the output copies them with their mode, and a web
   * server running as another user would answer 403 for every photo.
   */
  private static void write(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling(".photo-" + ProcessHandle.current().pid() + "-" + Long.toUnsignedString(TMP.incrementAndGet()) + ".tmp");
    try {
      Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
