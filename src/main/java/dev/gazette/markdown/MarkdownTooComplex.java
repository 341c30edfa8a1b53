package dev.gazette.markdown;

/**
 * A body whose Markdown would take far too long to render (thousands of brackets left open in
 * one paragraph): an error at {@link #offset()} in the body, the construct named in the message.
 */
public final class MarkdownTooComplex extends RuntimeException {
  private final int offset;
  private final String hint;

  MarkdownTooComplex(int offset, String message, String hint) {
    super(message, null, false, false);
    this.offset = offset;
    this.hint = hint;
  }

  /** Where in the body (a char index) the construct starts. */
  public int offset() {
    return offset;
  }

  public String hint() {
    return hint;
  }
}
