package dev.gazette.frontmatter;

import dev.gazette.source.SourceFile;

/**
 * A content file with its front matter read.
 *
 * @param body the Markdown after the front matter
 * @param bodyLine the file line where the body starts (1-based)
 */
public record ParsedDocument(SourceFile source, FrontMatter frontMatter, String body, int bodyLine) {
  public String relPath() {
    return source.relPath();
  }
}
