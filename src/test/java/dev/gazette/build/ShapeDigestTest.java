package dev.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.ConfigLoader;
import dev.gazette.frontmatter.Layout;
import dev.gazette.model.ImageSize;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Shape#digest} walks the structure in chunks it names one by one: every component of the
 * structure and of an article's key must move it, or a build would keep pages that changed.
 */
class ShapeDigestTest {
  private static final dev.gazette.config.SiteConfig CONFIG = ConfigLoader.parse("""
      title: t
      baseUrl: https://example.com/
      channels: [{id: news, name: 资讯}]
      """, Path.of("."));

  private static Structure.Key key(int i) {
    var date = ZonedDateTime.of(2022, 6, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8)).plusMinutes(i);
    return new Structure.Key("content/news/a" + i + ".md", "news/a" + i + "/", null, date, null, "news", List.of("交通"),
        List.of("记者"), "本网", false, Layout.ARTICLE, List.of(), List.of(), List.of(), null);
  }

  private static String digest(Structure s) {
    return Shape.digest(s, "templates", 2022);
  }

  @Test
  void theDigestCoversEveryComponentOfTheStructure() {
    assertThat(Arrays.stream(Structure.class.getRecordComponents()).map(RecordComponent::getName))
        .as("a new component of Structure must be added to Shape.digest")
        .containsExactly("config", "articles", "images", "photos");
    var keys = new ArrayList<Structure.Key>();
    // more than one chunk of keys
    for (int i = 0; i < 5000; i++) {
      keys.add(key(i));
    }
    var base = new Structure(CONFIG, keys, Map.of(), Map.of());
    String d = digest(base);
    assertThat(digest(new Structure(CONFIG, List.copyOf(keys), Map.of(), Map.of()))).isEqualTo(d);
    assertThat(digest(new Structure(CONFIG.withBaseUrl(dev.gazette.config.BaseUrl.parse("https://other.example/")), keys,
        Map.of(), Map.of()))).isNotEqualTo(d);
    assertThat(digest(new Structure(CONFIG, keys.subList(0, 4999), Map.of(), Map.of()))).isNotEqualTo(d);
    assertThat(digest(new Structure(CONFIG, keys, Map.of("/images/a.svg", new ImageSize(4, 3)), Map.of()))).isNotEqualTo(d);
    assertThat(Shape.digest(base, "templates", 2023)).isNotEqualTo(d);
    assertThat(Shape.digest(base, "other templates", 2022)).isNotEqualTo(d);
  }

  @Test
  void everyComponentOfAnArticlesKeyMovesTheDigest() throws Exception {
    var components = Structure.Key.class.getRecordComponents();
    var keys = new ArrayList<Structure.Key>();
    for (int i = 0; i < 5000; i++) {
      keys.add(key(i));
    }
    String d = digest(new Structure(CONFIG, keys, Map.of(), Map.of()));
    for (int c = 0; c < components.length; c++) {
      Object[] values = new Object[components.length];
      Structure.Key k = keys.get(4321);
      for (int j = 0; j < components.length; j++) {
        values[j] = components[j].getAccessor().invoke(k);
      }
      values[c] = other(components[c].getType(), values[c]);
      var changed = new ArrayList<>(keys);
      changed.set(4321, Structure.Key.class.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(values));
      assertThat(digest(new Structure(CONFIG, changed, Map.of(), Map.of()))).as(components[c].getName()).isNotEqualTo(d);
    }
  }

  /** A value of {@code type} other than {@code v}. */
  private static Object other(Class<?> type, Object v) {
    if (type == String.class) {
      return v == null ? "x" : v + "x";
    }
    if (type == ZonedDateTime.class) {
      return v == null ? ZonedDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : ((ZonedDateTime) v).plusSeconds(1);
    }
    if (type == List.class) {
      var list = new ArrayList<Object>((List<?>) v);
      list.add("x");
      return list;
    }
    if (type == boolean.class) {
      return !(Boolean) v;
    }
    if (type == Layout.class) {
      return v == Layout.ARTICLE ? Layout.PAGE : Layout.ARTICLE;
    }
    throw new IllegalStateException("no other value of " + type + ": add one here");
  }
}
