package dev.gazette.search;

import dev.gazette.feeds.Json;
import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Site;
import dev.gazette.model.UrlPaths;
import dev.gazette.output.OutputFile;
import dev.gazette.search.Ranking.Field;
import dev.gazette.store.Hashes;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The site search index ({@code search: true}), written under {@code search/}:
 *
 * <ul>
 *   <li>{@code index.json}, the one file with a fixed name: the number of articles, the ranges
 *       of the shards and the content hashes of every shard and block;
 *   <li>{@code s/N-HASH.bin}, the shards: every token's postings, in token order, a shard about
 *       {@link Shards#TARGET} bytes (see {@link TokenEntry} for the format);
 *   <li>{@code b/N-HASH.txt}, the blocks: for {@link #BLOCK} articles each, numbered from the
 *       oldest (so new articles leave old blocks alone), the names of their text files, {@link
 *       #TEXT_HASH} hex digits each;
 *   <li>{@code f/HASH.json}, one per article: title, URL, date and channel, and the summary and
 *       body text that snippets are cut from;
 *   <li>{@code t2s-HASH.json}, the Traditional to Simplified table the query is folded with.
 * </ul>
 *
 * A query fetches the manifest, the shards of its tokens, then the blocks and texts of the
 * results it shows. Articles are read one at a time (their text from the body pack); the heap
 * holds the postings, about two bytes per token occurrence.
 */
public final class SearchIndex {
  public static final String DIR = Permalinks.SEARCH;
  public static final String MANIFEST = DIR + "index.json";
  /** What every file of the index says produced it. */
  public static final String ORIGIN = "search index";
  /** Articles per block file. */
  static final int BLOCK = 128;
  /** Hex digits of a text file's name. */
  static final int TEXT_HASH = 16;
  /**
   * Body text kept for snippets, in chars (about 9 KB): a result's snippet comes from where the
   * match is when it is this near the start, else from the summary or the start.
   */
  static final int SNIPPET_TEXT = 3000;
  /** The prefix of the tokens that list a channel's articles and its sub-channels'. */
  static final String CHANNEL = "#";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");

  private SearchIndex() {}

  /** Writes the index of {@code site} into {@code out}, file by file. */
  public static void write(Site site, Consumer<OutputFile> out) {
    List<Article> docs = new ArrayList<>(site.articles());
    java.util.Collections.reverse(docs);
    var counter = new Counter();
    Map<String, dev.gazette.config.Channel> byId = site.config().channelsById();
    var channels = new HashMap<String, Postings>();
    double avgBody = Math.max(1, docs.stream().mapToLong(Article::charCount).average().orElse(1));
    var blockHashes = new StringBuilder();
    var block = new StringBuilder();
    var texts = new java.util.HashSet<String>();
    for (int doc = 0; doc < docs.size(); doc++) {
      Article a = docs.get(doc);
      String body = a.text().text();
      int bodyUnits = count(byId, counter, channels, doc, a, body);
      counter.endArticle(doc, bodyUnits / avgBody);
      String text = text(site, a, body);
      String textHash = Hashes.of(text).substring(0, TEXT_HASH);
      if (texts.add(textHash)) {
        // two articles with the same text share the file
        out.accept(OutputFile.text(DIR + "f/" + textHash + ".json", text, ORIGIN));
      }
      block.append(textHash);
      if (doc % BLOCK == BLOCK - 1 || doc == docs.size() - 1) {
        String names = block.append('\n').toString();
        String hash = hash8(names);
        out.accept(OutputFile.text(DIR + "b/" + doc / BLOCK + "-" + hash + ".txt", names, ORIGIN));
        blockHashes.append(hash);
        block.setLength(0);
      }
    }
    var shards = new Shards(out);
    var all = new java.util.TreeMap<String, Postings>(channels);
    counter.forEach(all::put);
    int n = docs.size();
    all.forEach((token, p) -> shards.add(token, TokenEntry.encode(token, p, n)));
    shards.finish();
    String[] table = Folding.table();
    String t2s = "{\"from\":" + Json.string(table[0]) + ",\"to\":" + Json.string(table[1]) + "}\n";
    String t2sFile = "t2s-" + hash8(t2s) + ".json";
    out.accept(OutputFile.text(DIR + t2sFile, t2s, ORIGIN));
    out.accept(OutputFile.text(MANIFEST, manifest(docs.size(), shards, blockHashes, t2sFile), ORIGIN));
  }

  /** Counts every field of article {@code doc}; returns how many units its body has. */
  private static int count(Map<String, dev.gazette.config.Channel> byId, Counter counter, Map<String, Postings> channels, int doc, Article a, String body) {
    int bodyUnits = counter.field(Field.BODY, body);
    counter.field(Field.TITLE, a.title());
    counter.field(Field.TAGS, String.join(" ", a.tags()));
    counter.field(Field.SOURCE, a.source() == null ? "" : a.source());
    counter.field(Field.AUTHORS, String.join(" ", a.authors()));
    counter.field(Field.SUMMARY, a.lead() == null ? "" : a.lead());
    if (a.channel() != null) {
      var names = new ArrayList<String>();
      for (String id : a.channel().lineage()) {
        channels.computeIfAbsent(CHANNEL + id, k -> new Postings()).add(doc, 1);
        names.add(byId.get(id).name());
      }
      counter.field(Field.CHANNEL, String.join(" ", names));
    }
    return bodyUnits;
  }

  /** What a result shows: title, URL, date, channel; summary and body text for the snippet. */
  private static String text(Site site, Article a, String body) {
    int cut = body.length() <= SNIPPET_TEXT ? body.length()
        : Character.isLowSurrogate(body.charAt(SNIPPET_TEXT)) ? SNIPPET_TEXT - 1 : SNIPPET_TEXT;
    return "{\"t\":" + Json.string(a.title())
        + ",\"u\":" + Json.string(site.config().baseUrl().rel(UrlPaths.encode(a.path())))
        + ",\"d\":" + Json.string(DAY.format(a.date()))
        + ",\"c\":" + Json.string(a.channel() == null ? "" : a.channel().name())
        + ",\"l\":" + Json.string(a.lead() == null ? "" : a.lead())
        + ",\"b\":" + Json.string(body.substring(0, cut)) + "}\n";
  }

  private static String manifest(int docs, Shards shards, CharSequence blockHashes, String t2sFile) {
    var sb = new StringBuilder(256 + shards.count() * 24 + blockHashes.length());
    sb.append("{\"version\":1,\"docs\":").append(docs)
        .append(",\"block\":").append(BLOCK)
        .append(",\"textHash\":").append(TEXT_HASH)
        .append(",\"maxWeight\":").append(Ranking.maxWeight(Math.max(1, docs)))
        .append(",\"t2s\":").append(Json.string(t2sFile))
        .append(",\"blocks\":").append(Json.string(blockHashes.toString()))
        .append(",\"shards\":").append(Json.string(shards.hashes()))
        .append(",\"separators\":[");
    List<String> first = shards.separators();
    for (int i = 0; i < first.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(Json.string(first.get(i)));
    }
    return sb.append("]}\n").toString();
  }

  static String hash8(String text) {
    return Hashes.of(text.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
  }

  static String hash8(byte[] bytes) {
    return Hashes.of(bytes).substring(0, 8);
  }
}
