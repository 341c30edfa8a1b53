package dev.gazette.frontmatter;

/** What may stand in one URL segment. Slugs and tags become folder names in the output. */
public final class SlugRules {
  private SlugRules() {}

  /** Why {@code slug} is unsafe, or null when it is fine. */
  public static String problem(String slug) {
    if (slug.isEmpty()) {
      return "it is empty";
    }
    if (slug.equals(".") || slug.equals("..") || slug.startsWith(".")) {
      return "it starts with a dot";
    }
    if (slug.contains("/") || slug.contains("\\")) {
      return "it contains a slash";
    }
    if (hasControl(slug)) {
      return "it contains a control character";
    }
    if (slug.codePoints().anyMatch(Character::isWhitespace)) {
      return "it contains a space";
    }
    if (slug.chars().anyMatch(c -> "?#%<>\"|*:".indexOf(c) >= 0)) {
      return "it contains one of ? # % < > \" | * :";
    }
    if (slug.length() > 200) {
      return "it is longer than 200 characters";
    }
    return null;
  }

  public static boolean safeTag(String tag) {
    return !tag.equals(".") && !tag.equals("..") && !hasControl(tag)
        && tag.chars().noneMatch(c -> "/\\?#%".indexOf(c) >= 0);
  }

  public static boolean hasControl(String s) {
    return s.codePoints().anyMatch(Character::isISOControl);
  }

  /** The default slug: the file name, with runs of spaces and unsafe characters made into -. */
  public static String fromFileName(String baseName) {
    String s = baseName.strip().replaceAll("[\\s?#%<>\"|*:\\\\]+", "-");
    s = s.replaceAll("^[.-]+", "");
    return s.isEmpty() ? "index" : s;
  }
}
