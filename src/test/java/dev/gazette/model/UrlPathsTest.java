package dev.gazette.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class UrlPathsTest {
  private static final Pattern ENCODED = Pattern.compile("([A-Za-z0-9\\-._~/]|%[0-9A-F]{2})*");
  private static final Pattern KEPT_BYTE = Pattern.compile("%(2D|2E|2F|5F|7E|3[0-9]|[46][1-9A-F]|[57][0-9A])");

  @Test
  void examples() {
    assertThat(UrlPaths.encode("news/2022/06/a/")).isEqualTo("news/2022/06/a/");
    assertThat(UrlPaths.encode("tags/苏州/")).isEqualTo("tags/%E8%8B%8F%E5%B7%9E/");
    assertThat(UrlPaths.encode("a b+c%/~x_y.z-")).isEqualTo("a%20b%2Bc%25/~x_y.z-");
    assertThat(UrlPaths.encode("")).isEmpty();
  }

  /** Only unreserved characters, {@code /} and %XX come out; nothing kept is encoded; decoding gives the path back. */
  @Property(tries = 300)
  void encodesExactlyWhatIsNotUnreserved(@ForAll("paths") String path) {
    String encoded = UrlPaths.encode(path);
    assertThat(encoded).matches(ENCODED);
    assertThat(KEPT_BYTE.matcher(encoded).find()).as(encoded).isFalse();
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(path);
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcXYZ019-._~/ %+?#&").ofMaxLength(30),
        Arbitraries.strings().withCharRange('\u0020', '\u007e').ofMaxLength(30),
        Arbitraries.strings().withChars("苏州新闻地铁/a-1").ofMaxLength(20),
        Arbitraries.strings().all().ofMaxLength(12).filter(s -> s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)));
  }
}
