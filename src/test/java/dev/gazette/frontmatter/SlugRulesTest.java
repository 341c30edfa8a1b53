package dev.gazette.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The folder names of term pages and of slugs made from file names, on every file system. */
class SlugRulesTest {
  /** What NTFS refuses in a name, or makes another name of (a trailing dot or space is dropped). */
  private static final Pattern WINDOWS_UNSAFE = Pattern.compile("[<>:\"|*?\\\\/]|[. ]$");
  private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

  /** A term's key is a folder name everywhere, is its own key, and names that differ only in case share it. */
  @Property(tries = 500)
  void aTermsKeyIsAFolderNameOnEveryFileSystem(@ForAll("names") String name) {
    String key = SlugRules.key(name);
    assertThat(key).isNotEmpty().doesNotStartWith(".");
    assertThat(WINDOWS_UNSAFE.matcher(key).find()).as(key).isFalse();
    assertThat(DEVICE.matcher(key).matches()).as(key).isFalse();
    assertThat(key.codePoints().anyMatch(Character::isWhitespace)).as(key).isFalse();
    assertThat(SlugRules.key(key)).isEqualTo(key);
    assertThat(SlugRules.key(name.toUpperCase(java.util.Locale.ROOT))).isEqualTo(SlugRules.key(name.toLowerCase(java.util.Locale.ROOT)));
  }

  /** A slug made from a file name is one {@link SlugRules#problem} accepts, unless it is too long. */
  @Property(tries = 500)
  void aSlugFromAFileNameIsASafeSlug(@ForAll("fileNames") String baseName) {
    String slug = SlugRules.fromFileName(baseName);
    String problem = SlugRules.problem(slug);
    assertThat(problem == null || problem.startsWith("it is too long") || problem.contains("control character"))
        .as(slug + ": " + problem).isTrue();
  }

  /** A file's base name: no slash, which would be a folder's. */
  @Provide
  Arbitrary<String> fileNames() {
    return names().filter(n -> !n.contains("/"));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aCoNnUlLpRtx19.<>:\"|*\\/ ?#%-").ofMinLength(1).ofMaxLength(12),
        Arbitraries.of("con", "CON", "Nul.txt", "com1", "LPT9.tar.gz", "aux.", "结尾.", "...", ". .", "a. ", "prn ."),
        Arbitraries.strings().withCharRange('\u4e00', '\u4e10').withChars(". :*").ofMinLength(1).ofMaxLength(8));
  }
}
