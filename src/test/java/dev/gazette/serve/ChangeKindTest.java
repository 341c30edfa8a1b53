package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeKindTest {
  @Test
  void classifiesByWhereTheFileLives() {
    assertThat(ChangeKind.of("content/news/a.md")).isEqualTo(ChangeKind.CONTENT);
    assertThat(ChangeKind.of("content/")).isEqualTo(ChangeKind.CONTENT);
    assertThat(ChangeKind.of("static/images/a.jpg")).isEqualTo(ChangeKind.STATIC);
    assertThat(ChangeKind.of("themes/default/static/css/style.css")).isEqualTo(ChangeKind.STATIC);
    assertThat(ChangeKind.of("themes/default/templates/base.ftlh")).isEqualTo(ChangeKind.TEMPLATE);
    assertThat(ChangeKind.of("themes/default/static")).isEqualTo(ChangeKind.TEMPLATE);
    assertThat(ChangeKind.of("site-config.yml")).isEqualTo(ChangeKind.CONFIG);
  }

  @Test
  void describesABatchOnOneLine() {
    var one = java.util.List.of(Change.of("content/news/a.md"));
    assertThat(Rebuilder.describe(one)).isEqualTo("content: content/news/a.md");
    var three = java.util.List.of(Change.of("static/a.css"), Change.of("content/b.md"), Change.of("site-config.yml"));
    assertThat(Rebuilder.describe(three)).isEqualTo("static: static/a.css and 2 more");
  }
}
