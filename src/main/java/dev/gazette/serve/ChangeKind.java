package dev.gazette.serve;

/**
 * What a changed source file is, decided by where it lives in the site. Only the log and the
 * static-file shortcut look at it; the build's cache decides what is actually redone.
 */
public enum ChangeKind {
  /** {@code content/**}: articles and pages */
  CONTENT,
  /** {@code themes/NAME/**} outside the theme's {@code static/}: templates and partials */
  TEMPLATE,
  /** {@code static/**} and {@code themes/NAME/static/**}: files copied as-is */
  STATIC,
  /** {@code site-config.yml}, or anything the watcher cannot place (lost events) */
  CONFIG;

  /** @param relPath relative to the site root, forward slashes */
  public static ChangeKind of(String relPath) {
    if (relPath.startsWith("content/")) {
      return CONTENT;
    }
    if (relPath.startsWith("static/")) {
      return STATIC;
    }
    if (relPath.startsWith("themes/")) {
      String[] parts = relPath.split("/", 4);
      return parts.length == 4 && parts[2].equals("static") ? STATIC : TEMPLATE;
    }
    return CONFIG;
  }

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
