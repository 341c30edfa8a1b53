package dev.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.config.ConfigLoader;
import dev.gazette.config.SiteConfig;
import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.FrontMatterParser;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.source.SourceFile;
import dev.gazette.store.CorruptStoreException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts that repeat from document to document are written once per shard and then by number:
 * the documents read back must be the ones written, with the repeated texts shared.
 */
class CacheCodecWordsTest {
  @TempDir Path site;

  private static final String CONFIG = """
      title: 苏州新闻网
      baseUrl: https://news.example.com/
      channels:
        - {id: news, name: 新闻}
        - {id: life, name: 生活}
      """;

  private List<ParsedDocument> docs(SiteConfig config, String... texts) {
    var parser = new FrontMatterParser(config);
    var out = new ArrayList<ParsedDocument>();
    for (int i = 0; i < texts.length; i++) {
      String rel = "content/news/a" + i + ".md";
      var diagnostics = new Diagnostics();
      var doc = parser.parse(new SourceFile(site.resolve(rel), rel, texts[i], "hash" + i), diagnostics);
      assertThat(diagnostics.sorted()).isEmpty();
      out.add(doc.orElseThrow());
    }
    return out;
  }

  private static byte[] write(List<ParsedDocument> docs) throws IOException {
    var bytes = new ByteArrayOutputStream();
    var out = new DataOutputStream(bytes);
    var codec = CacheCodec.writer(out);
    for (var d : docs) {
      codec.parsed(d.source().relPath(), new BuildCache.Parsed(d.source().hash(), "config-key", d, List.of()));
    }
    out.flush();
    return bytes.toByteArray();
  }

  private List<ParsedDocument> read(byte[] bytes, int n) throws IOException {
    var codec = CacheCodec.reader(CacheCodec.input(bytes, 0, bytes.length), site, null);
    var out = new ArrayList<ParsedDocument>();
    for (int i = 0; i < n; i++) {
      var named = codec.parsed();
      assertThat(named.value().configKey()).isEqualTo("config-key");
      out.add(named.value().doc());
    }
    return out;
  }

  @Test
  void documentsReadBackAsWrittenWithTheirRepeatedTextsShared() throws IOException {
    SiteConfig config = ConfigLoader.parse(CONFIG, site);
    var docs = docs(config, """
        ---
        title: 古城区开展夜间消防检查
        channel: news
        date: 2026-11-30 20:15
        source: 苏州日报
        author: [王敏, 李强]
        tags: [消防, 古城]
        params: {版面: A3, 栏目: {名称: 城事}}
        ---
        正文。
        """, """
        ---
        title: 平江路周末市集
        channel: news
        date: 2026-11-29 09:00:00+08:00
        source: 苏州日报
        author: 王敏
        tags: [古城]
        editor: 张华
        params: {版面: B1}
        ---
        正文。
        """, """
        ---
        title: 没有标签的简讯
        channel: life
        date: 2026-11-28
        source: 本网
        author: 刘洋
        ---
        正文。
        """);

    var back = read(write(docs), docs.size());

    for (int i = 0; i < docs.size(); i++) {
      // the cache keeps no text: everything else is the parser's
      assertThat(back.get(i).frontMatter()).isEqualTo(docs.get(i).frontMatter());
      assertThat(back.get(i).bodyLine()).isEqualTo(docs.get(i).bodyLine());
    }
    var first = back.get(0).frontMatter();
    var second = back.get(1).frontMatter();
    assertThat(second.source()).isSameAs(first.source());
    assertThat(second.channel()).isSameAs(first.channel());
    assertThat(second.authors().get(0)).isSameAs(first.authors().get(0));
    assertThat(second.tags().get(0)).isSameAs(first.tags().get(1));
    assertThat(second.date().getZone().getId()).isSameAs(first.date().getZone().getId());
  }

  @Test
  void aWordNumberBeyondTheTableIsACorruptCache() throws IOException {
    var bytes = new ByteArrayOutputStream();
    var out = new DataOutputStream(bytes);
    var codec = CacheCodec.writer(out);
    codec.word("news");
    codec.word("news");
    out.writeInt(5);
    out.flush();
    byte[] b = bytes.toByteArray();

    var reader = CacheCodec.reader(CacheCodec.input(b, 0, b.length), site, null);
    assertThat(reader.word()).isEqualTo("news");
    assertThat(reader.word()).isEqualTo("news");
    assertThatThrownBy(reader::word).isInstanceOf(CorruptStoreException.class).hasMessageContaining("word 5");
  }

  @Test
  void aTextLongerThanWhatIsLeftIsAnEndOfData() throws IOException {
    var bytes = new ByteArrayOutputStream();
    var out = new DataOutputStream(bytes);
    CacheCodec.writer(out).str("苏州");
    out.flush();
    byte[] b = bytes.toByteArray();

    var reader = CacheCodec.reader(CacheCodec.input(b, 0, b.length - 1), site, null);
    assertThatThrownBy(reader::str).isInstanceOf(java.io.EOFException.class);
  }
}
