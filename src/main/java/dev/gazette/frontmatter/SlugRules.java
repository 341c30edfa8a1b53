package dev.gazette.frontmatter;

import java.nio.charset.StandardCharsets;

/**
 * What may stand in one URL segment. Slugs, tags, reporters and sources become folder names in the
 * output, so each must be a safe name on every file system: not {@code .} or {@code ..}, no
 * control characters, and short enough in UTF-8 bytes (file systems count bytes, and a Chinese
 * character takes three).
 */
public final class SlugRules {
  /** Below the 255-byte name limit of common file systems, leaving room for a suffix. */
  static final int MAX_BYTES = 200;

  /** Unsafe in a URL segment ({@code / ? # %}, spaces) or in a Windows file name ({@code \\ < > : " | *}). */
  private static final java.util.regex.Pattern KEY_UNSAFE = java.util.regex.Pattern.compile("[\\s/\\\\?#%<>:\"|*]+");
  /** Device names Windows reserves, alone or before an extension ({@code con}, {@code nul.txt}). */
  private static final java.util.regex.Pattern RESERVED =
      java.util.regex.Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

  private SlugRules() {}

  /**
   * The key a tag's, reporter's, source's or editor's page is found by: the name in NFC and lower
   * case, with spaces and characters unsafe in a URL or a Windows file name as {@code -}, no
   * leading dot, no trailing dot (Windows drops it, so {@code 结尾.} and {@code 结尾} would be one
   * folder anyway) and {@code -} after a device name Windows reserves ({@link #unreserved}); {@code AI}
   * and {@code ai}, {@code Smart City} and {@code smart-city} are one page.
   */
  public static String key(String name) {
    String n = name.strip();
    if (!java.text.Normalizer.isNormalized(n, java.text.Normalizer.Form.NFC)) {
      n = java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFC);
    }
    String key = KEY_UNSAFE.matcher(n.toLowerCase(java.util.Locale.ROOT)).replaceAll("-");
    // A leading dot would make a hidden folder (".net"), which many static servers refuse to serve.
    int dots = 0;
    while (dots < key.length() && key.charAt(dots) == '.') {
      dots++;
    }
    if (dots == key.length()) {
      return "-";
    }
    int end = key.length();
    while (key.charAt(end - 1) == '.') {
      end--;
    }
    return unreserved(key.substring(dots, end));
  }

  /** The name, with a {@code -} after a device name Windows reserves ({@code con-}, {@code nul-.txt}). */
  private static String unreserved(String name) {
    var m = RESERVED.matcher(name);
    return m.matches() ? m.group(1) + "-" + (m.group(2) == null ? "" : m.group(2)) : name;
  }

  /** Whether Windows reserves the name (a device: {@code CON}, {@code nul.txt}, {@code COM1}). */
  static boolean reserved(String name) {
    return RESERVED.matcher(name).matches();
  }

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
    if (slug.endsWith(".")) {
      return "it ends with a dot, which Windows drops from a folder name";
    }
    if (reserved(slug)) {
      return "Windows reserves it for a device";
    }
    return tooLong(slug);
  }

  /**
   * Why a tag's, reporter's or source's name cannot name its folder ({@code /tags/NAME/}, {@code
   * /authors/NAME/}), or null. Slashes, spaces and {@code ? # %} are fine: they become {@code -}
   * in the page's key ({@link #key}), so {@code 5G/6G} is {@code /tags/5g-6g/}.
   */
  public static String nameProblem(String name) {
    String s = name.strip();
    if (s.equals(".") || s.equals("..")) {
      return "\"" + s + "\" is not a name";
    }
    if (hasControl(s)) {
      return "it contains a control character";
    }
    return tooLong(s);
  }

  private static String tooLong(String s) {
    int bytes = s.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      return "it is too long for a folder name (" + bytes + " bytes in UTF-8, at most " + MAX_BYTES
          + "; a Chinese character takes 3)";
    }
    return null;
  }

  public static boolean hasControl(String s) {
    return s.codePoints().anyMatch(Character::isISOControl);
  }

  /** The default slug: the file name, with runs of spaces and unsafe characters made into -. */
  public static String fromFileName(String baseName) {
    String s = baseName.strip().replaceAll("[\\s?#%<>\"|*:\\\\]+", "-");
    s = s.replaceAll("^[.-]+", "").replaceAll("\\.+$", "");
    return s.isEmpty() ? "index" : unreserved(s);
  }
}
