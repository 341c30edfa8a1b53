package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
  @Test
  void decodesToASnapshotKey() {
    assertThat(RequestPath.decode("/")).hasValue("");
    assertThat(RequestPath.decode("/news/")).hasValue("news/");
    assertThat(RequestPath.decode("/css/style.css")).hasValue("css/style.css");
    assertThat(RequestPath.decode("/tags/%E7%94%9F%E7%89%A9/")).hasValue("tags/生物/");
    assertThat(RequestPath.decode("/tags/生物/")).hasValue("tags/生物/");
    assertThat(RequestPath.decode("/a%20b/c+d.txt")).hasValue("a b/c+d.txt");
    assertThat(RequestPath.decode("/files/..data")).hasValue("files/..data");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "news", "/..", "/../x", "/a/../x", "/./x", "/a/.", "/%2e%2e/x", "/%2E%2e/x", "/%2e/x",
      "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b", "/a%00b", "/a%0ab", "/a%7f", "//x", "/a//b", "/%", "/%4", "/%zz",
      "/%E7%94", "/%C0%AE%C0%AE/x", "/%FF"})
  void refusesAnythingThatCouldLeaveTheSite(String raw) {
    assertThat(RequestPath.decode(raw)).as(raw).isEmpty();
  }
}
