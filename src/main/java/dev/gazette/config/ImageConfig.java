package dev.gazette.config;

import java.util.List;

/**
 * How photos become derivatives ({@code images:} in site-config.yml).
 *
 * @param widths the widths made of each photo, ascending; a photo narrower than one is never upscaled
 * @param quality JPEG quality, 1 to 100
 * @param maxPixels an image with more pixels is an error at its reference, before it is decoded
 */
public record ImageConfig(List<Integer> widths, int quality, long maxPixels) {
  public static final ImageConfig DEFAULT = new ImageConfig(List.of(320, 640, 960, 1280, 1600), 82, 100_000_000L);

  public ImageConfig {
    widths = List.copyOf(widths.stream().distinct().sorted().toList());
    if (widths.isEmpty() || widths.get(0) < 16) {
      throw new IllegalArgumentException("image widths are at least 16 pixels: " + widths);
    }
    if (quality < 1 || quality > 100 || maxPixels < 1) {
      throw new IllegalArgumentException("quality 1..100 and a positive pixel limit");
    }
  }

  public int largest() {
    return widths.get(widths.size() - 1);
  }
}
