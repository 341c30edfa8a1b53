package dev.gazette.model;

import dev.gazette.frontmatter.FrontMatter;
import java.time.Instant;
import java.util.Optional;

/**
 * Which documents are published at {@code now}: drafts only with {@code --drafts}, future-dated
 * ones only with {@code --future}, expired ones never.
 */
public record Publication(boolean drafts, boolean future, Instant now) {

  /** Why the document is left out, or empty when it is published. */
  public Optional<String> excluded(FrontMatter fm) {
    if (fm.draft() && !drafts) {
      return Optional.of("draft");
    }
    if (fm.date() != null && fm.date().toInstant().isAfter(now) && !future) {
      return Optional.of("dated in the future");
    }
    if (fm.expires() != null && !fm.expires().toInstant().isAfter(now)) {
      return Optional.of("expired");
    }
    return Optional.empty();
  }
}
