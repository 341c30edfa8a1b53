package dev.gazette.photos;

/** Why an image cannot become derivatives, with what to do about it: reported at its reference. */
public final class PhotoError extends Exception {
  private final String hint;

  public PhotoError(String message, String hint) {
    super(message, null, false, false);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
