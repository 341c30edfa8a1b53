package dev.gazette.frontmatter;

import dev.gazette.source.SourceFile;

/**
 * A content file with its front matter read.
 *
 * @param body the Markdown after the front matter; empty in a cache's copy ({@link #withoutText()})
 * @param bodyLine the file line where the body starts (1-based)
 * @param blankBody whether the body has no text
 */
public record ParsedDocument(SourceFile source, FrontMatter frontMatter, String body, int bodyLine, boolean blankBody) {
  public ParsedDocument(SourceFile source, FrontMatter frontMatter, String body, int bodyLine) {
    this(source, frontMatter, body, bodyLine, body.isBlank());
  }

  public String relPath() {
    return source.relPath();
  }

  /** Whether the text is here (a fresh parse) or must be read again (a cache's copy). */
  public boolean hasText() {
    return !source.text().isEmpty() || blankBody;
  }

  /** The same document without its text: what a cache keeps, so memory follows the metadata. */
  public ParsedDocument withoutText() {
    return new ParsedDocument(source.withoutText(), frontMatter, "", bodyLine, blankBody);
  }

  /** The same source bytes, parsed the same way: a cache's copy and a fresh parse compare equal here. */
  public boolean sameAs(ParsedDocument other) {
    return other == this || other != null && other.source.hash().equals(source.hash())
        && other.source.relPath().equals(source.relPath()) && other.bodyLine == bodyLine
        && other.frontMatter.equals(frontMatter);
  }
}
