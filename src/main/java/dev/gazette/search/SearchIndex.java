package dev.gazette.search;

import dev.gazette.feeds.Json;
import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Site;
import dev.gazette.model.UrlPaths;
import dev.gazette.output.OutputFile;
import dev.gazette.search.Ranking.Field;
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
 *       the whole body text, so that a snippet can be cut around a match anywhere in it;
 *   <li>{@code t2s-HASH.json}, the one-to-one table of {@link Folding} the query is folded with
 *       (Traditional to Simplified, and a few Latin letters).
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
  /** The prefix of the tokens that list a channel's articles and its sub-channels'. */
  static final String CHANNEL = "#";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");

  private SearchIndex() {}

  /** Articles counted by one task of the pipeline in {@link #write} (a test makes it small). */
  static volatile int chunk = 256;
  /** Threads that count articles beside the one that merges them (a test sets it). */
  static volatile int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

  /** One article as a worker left it: its tokens counted and weighed, its text file made. */
  private record Indexed(Tally.Counted tokens, byte[] text, String textHash) {}

  /**
   * Writes the index of {@code site} into {@code out}, file by file. Reading, counting and
   * weighing each article and making its text file run on the other cores, a chunk of articles
   * at a time and a few chunks ahead; this thread adds their postings, blocks and files in
   * article order, so the index has the same bytes however many threads made it.
   */
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
    int workers = SearchIndex.workers;
    int chunk = SearchIndex.chunk;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(workers, r -> {
      var t = new Thread(r, "gazette-search");
      t.setDaemon(true);
      return t;
    });
    try {
      int chunks = (docs.size() + chunk - 1) / chunk;
      var pending = new java.util.ArrayDeque<java.util.concurrent.Future<List<Indexed>>>();
      int submitted = 0;
      for (int c = 0; c < chunks; c++) {
        // a few chunks ahead of the merge: the cores stay busy, the heap holds a few chunks only
        while (submitted < chunks && submitted < c + 2 * workers + 1) {
          int from = submitted * chunk;
          int to = Math.min(docs.size(), from + chunk);
          pending.add(pool.submit(() -> count(site, byId, docs.subList(from, to), avgBody, counter.units)));
          submitted++;
        }
        List<Indexed> done = result(pending.poll());
        for (int i = 0; i < done.size(); i++) {
          int doc = c * chunk + i;
          Indexed counted = done.get(i);
          counter.add(doc, counted.tokens());
          Article a = docs.get(doc);
          if (a.channel() != null) {
            for (String id : a.channel().lineage()) {
              channels.computeIfAbsent(CHANNEL + id, k -> new Postings()).add(doc, 1);
            }
          }
          if (texts.add(counted.textHash())) {
            // two articles with the same text share the file
            out.accept(new OutputFile(DIR + "f/" + counted.textHash() + ".json", counted.text(), null, ORIGIN));
          }
          block.append(counted.textHash());
          if (doc % BLOCK == BLOCK - 1 || doc == docs.size() - 1) {
            String names = block.append('\n').toString();
            String hash = hash8(names);
            out.accept(OutputFile.text(DIR + "b/" + doc / BLOCK + "-" + hash + ".txt", names, ORIGIN));
            blockHashes.append(hash);
            block.setLength(0);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    var shards = new Shards(out);
    var all = new java.util.TreeMap<String, Postings>(channels);
    counter.forEach(all::put);
    int n = docs.size();
    var scale = TokenEntry.scale(n);
    all.forEach((token, p) -> shards.add(token, TokenEntry.encode(token, p, n, scale)));
    shards.finish();
    String[] table = Folding.table();
    String t2s = "{\"from\":" + Json.string(table[0]) + ",\"to\":" + Json.string(table[1]) + "}\n";
    String t2sFile = "t2s-" + hash8(t2s) + ".json";
    out.accept(OutputFile.text(DIR + t2sFile, t2s, ORIGIN));
    out.accept(OutputFile.text(MANIFEST, manifest(docs.size(), shards, blockHashes, t2sFile), ORIGIN));
  }

  /** What a worker's task returned, or what it threw, as it was thrown. */
  private static <T> T result(java.util.concurrent.Future<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the search index was made", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Counts and weighs each article of {@code chunk} and makes its text file (a worker's task). */
  private static List<Indexed> count(Site site, Map<String, dev.gazette.config.Channel> byId, List<Article> chunk,
      double avgBody, Units units) {
    var tally = new Tally(units);
    var out = new ArrayList<Indexed>(chunk.size());
    for (Article a : chunk) {
      String body = a.text().text();
      int bodyUnits = count(byId, tally, a, body);
      Tally.Counted tokens = tally.end(bodyUnits / avgBody);
      byte[] text = text(site, a, body).getBytes(StandardCharsets.UTF_8);
      out.add(new Indexed(tokens, text, FileNames.of(text, TEXT_HASH)));
    }
    return out;
  }

  /** Counts every field of an article; returns how many units its body has. */
  private static int count(Map<String, dev.gazette.config.Channel> byId, Tally tally, Article a, String body) {
    int bodyUnits = tally.field(Field.BODY, body);
    tally.field(Field.TITLE, a.title());
    tally.field(Field.TAGS, String.join(" ", a.tags()));
    tally.field(Field.SOURCE, a.source() == null ? "" : a.source());
    tally.field(Field.AUTHORS, String.join(" ", a.authors()));
    tally.field(Field.SUMMARY, a.lead() == null ? "" : a.lead());
    if (a.channel() != null) {
      var names = new ArrayList<String>();
      for (String id : a.channel().lineage()) {
        names.add(byId.get(id).name());
      }
      tally.field(Field.CHANNEL, String.join(" ", names));
    }
    return bodyUnits;
  }

  /** What a result shows: title, URL, date, channel; summary and the whole body for the snippet. */
  private static String text(Site site, Article a, String body) {
    return "{\"t\":" + Json.string(a.title())
        + ",\"u\":" + Json.string(site.config().baseUrl().rel(UrlPaths.encode(a.path())))
        + ",\"d\":" + Json.string(DAY.format(a.date()))
        + ",\"c\":" + Json.string(a.channel() == null ? "" : a.channel().name())
        + ",\"l\":" + Json.string(a.lead() == null ? "" : a.lead())
        + ",\"b\":" + Json.string(body) + "}\n";
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
    return hash8(text.getBytes(StandardCharsets.UTF_8));
  }

  static String hash8(byte[] bytes) {
    return FileNames.of(bytes, 8);
  }
}
