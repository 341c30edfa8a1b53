package dev.gazette.model;

/** The intrinsic size of a local image, in CSS pixels, for {@code width} and {@code height} attributes. */
public record ImageSize(int width, int height) {
  public ImageSize {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("an image size is positive: " + width + "x" + height);
    }
  }
}
