package dev.gazette.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.Channel;
import dev.gazette.frontmatter.Editorial;
import dev.gazette.frontmatter.Layout;
import dev.gazette.frontmatter.Media;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Related} (numbered articles, arrays) picks exactly what the plain definition picks: for
 * each tag, the articles within the window around this one in that tag's list; ranked by tags
 * shared, then distance in time, then path; the best six, then the channel's nearest.
 */
class RelatedPropertiesTest {
  record Spec(int channel, long minutes, List<Integer> tags) {}

  @Provide
  Arbitrary<List<Spec>> sites() {
    Arbitrary<Spec> one = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.longs().between(0, 400), Arbitraries.integers().between(0, 7).list().ofMaxSize(4)).as(Spec::new);
    return one.list().ofMinSize(1).ofMaxSize(160);
  }

  @Property(tries = 300)
  void relatedIsThePlainDefinition(@ForAll("sites") List<Spec> specs) {
    var channels = List.of(channel("a"), channel("b"), channel("c"));
    var all = new ArrayList<Article>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      var tags = s.tags().stream().map(t -> t % 3 == 0 ? "标签" + t : "Tag" + t).toList();
      all.add(article("content/" + i + ".md", channels.get(s.channel()),
          ZonedDateTime.of(2022, 6, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).plusMinutes(s.minutes()), tags));
    }
    var config = dev.gazette.config.ConfigLoader.parse("""
        title: t
        baseUrl: https://example.com/
        channels: [{id: a, name: A}, {id: b, name: B}, {id: c, name: C}]
        """, java.nio.file.Path.of("."));
    Site site = SiteAssembler.assemble(config, all);
    for (Article a : site.articles()) {
      var own = site.byChannel().get(a.channel().id());
      assertThat(site.neighboursOf(a).related()).as(a.relPath())
          .containsExactlyElementsOf(plain(a, own, own.indexOf(a), site.tags()));
    }
  }

  /** The definition, written as plainly as it reads. */
  private static List<Article> plain(Article a, List<Article> channelList, int channelIndex, Map<String, Site.Term> tags) {
    var shared = new java.util.HashMap<Article, Integer>();
    var keys = new LinkedHashSet<String>();
    a.tags().forEach(t -> keys.add(Permalinks.key(t)));
    for (String key : keys) {
      var list = tags.get(key).articles();
      int at = list.indexOf(a);
      for (int i = Math.max(0, at - Related.WINDOW); i <= Math.min(list.size() - 1, at + Related.WINDOW); i++) {
        if (list.get(i) != a) {
          shared.merge(list.get(i), 1, Integer::sum);
        }
      }
    }
    long when = a.date().toEpochSecond();
    var ranked = new ArrayList<>(shared.keySet());
    ranked.sort(Comparator.comparingInt((Article o) -> -shared.get(o))
        .thenComparingLong(o -> Math.abs(o.date().toEpochSecond() - when))
        .thenComparing(Article::relPath));
    var out = new ArrayList<>(ranked.subList(0, Math.min(Related.COUNT, ranked.size())));
    for (int d = 1; d < channelList.size() && out.size() < Related.COUNT; d++) {
      for (int i : new int[] {channelIndex - d, channelIndex + d}) {
        if (i >= 0 && i < channelList.size() && out.size() < Related.COUNT && !out.contains(channelList.get(i))) {
          out.add(channelList.get(i));
        }
      }
    }
    return out;
  }

  private static Channel channel(String id) {
    return new Channel(id, id, id.toUpperCase(java.util.Locale.ROOT), null, 0, List.of());
  }

  record When(long seconds, int nanos, int offsetHours) {}

  /**
   * The site's order is {@link SiteAssembler#NEWEST_FIRST} whatever the input order, with equal
   * instants in other zones and equal dates (the sort compares epoch seconds first, then falls back).
   */
  @Property(tries = 200)
  void articlesAreNewestFirstWithTheStableTieBreak(@ForAll("dates") List<When> dates) {
    var channel = channel("a");
    var all = new ArrayList<Article>();
    for (int i = 0; i < dates.size(); i++) {
      When w = dates.get(i);
      var date = java.time.Instant.ofEpochSecond(1_650_000_000L + w.seconds(), w.nanos())
          .atZone(ZoneOffset.ofHours(w.offsetHours()));
      all.add(article("content/" + (i * 7919 % 1000) + "-" + i + ".md", channel, date, List.of()));
    }
    var config = dev.gazette.config.ConfigLoader.parse("""
        title: t
        baseUrl: https://example.com/
        channels: [{id: a, name: A}]
        """, java.nio.file.Path.of("."));
    var expected = new ArrayList<>(all);
    expected.sort(SiteAssembler.NEWEST_FIRST);
    assertThat(SiteAssembler.assemble(config, all).articles()).containsExactlyElementsOf(expected);
  }

  @Provide
  Arbitrary<List<When>> dates() {
    return Combinators.combine(Arbitraries.longs().between(0, 5), Arbitraries.of(0, 0, 1, 999_999_999),
        Arbitraries.integers().between(-12, 14)).as(When::new).list().ofMaxSize(60);
  }

  private static Article article(String rel, Channel channel, ZonedDateTime date, List<String> tags) {
    return new Article(rel, rel, channel, date, null, "本网", List.of("记者"), tags, null, "", null, false, Layout.ARTICLE,
        List.of(), Editorial.NONE, List.of(), Map.of(), rel.replace(".md", "/"), null, null, 1, 1, Media.NONE, List.of());
  }
}
