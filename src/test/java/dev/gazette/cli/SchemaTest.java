package dev.gazette.cli;

import static dev.gazette.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gazette.config.ConfigLoader;
import dev.gazette.config.FeedFormat;
import dev.gazette.config.PageKind;
import dev.gazette.frontmatter.FrontMatterFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 11, point 9: the JSON Schemas (draft 2020-12) shipped in the jar for editors. The sample
 * site and a site from {@code gazette init} validate against them with a JSON Schema validator, and
 * the schemas name exactly the keys the loaders accept.
 */
class SchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\r?\\n(.*?)\\r?\\n---\\r?\\n", Pattern.DOTALL);
  private static final Pattern SCHEMA_COMMENT = Pattern.compile("# yaml-language-server: \\$schema=(\\S+)");

  static String resource(String name) {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/dev/gazette/schema/" + name)) {
      assertThat(in).as(name + " on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String name) {
    return new ObjectMapper().readTree(resource(name));
  }

  static Schema schema(String name) {
    return REGISTRY.getSchema(resource(name), InputFormat.JSON);
  }

  static List<String> errors(Schema schema, String yaml) {
    return schema.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
  }

  static String frontMatter(Path file) throws IOException {
    var m = FRONT_MATTER.matcher(Files.readString(file));
    assertThat(m.find()).as(file + " has front matter").isTrue();
    return m.group(1);
  }

  static List<Path> markdown(Path content) throws IOException {
    try (Stream<Path> s = Files.walk(content)) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static List<String> names(JsonNode properties) {
    return new ArrayList<>(properties.propertyNames());
  }

  private static List<String> texts(JsonNode array) {
    var out = new ArrayList<String>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  @Test
  void bothSchemasAreValidDraft202012Schemas() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String name : new String[] {"site-config.schema.json", "front-matter.schema.json"}) {
      assertThat(json(name).get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(meta.validate(resource(name), InputFormat.JSON)).as(name).isEmpty();
    }
  }

  @Test
  void theSampleSiteValidates() throws IOException {
    assertThat(errors(schema("site-config.schema.json"), Files.readString(Path.of("site-config.yml")))).isEmpty();
    Schema fm = schema("front-matter.schema.json");
    List<Path> files = markdown(Path.of("content"));
    assertThat(files).hasSizeGreaterThan(20);
    for (Path f : files) {
      assertThat(errors(fm, frontMatter(f))).as(f.toString()).isEmpty();
    }
  }

  @Test
  void anInitSiteValidatesAndNamesTheSchemasItWrote(@TempDir Path dir) throws IOException {
    for (String[] args : List.of(new String[] {"init", dir.resolve("a").toString()},
        new String[] {"init", dir.resolve("b").toString(), "--search"})) {
      assertThat(run(args).code()).isZero();
      Path site = Path.of(args[1]);
      Path config = site.resolve("site-config.yml");
      Path welcome = site.resolve("content/news/welcome.md");
      assertThat(errors(schema("site-config.schema.json"), Files.readString(config))).isEmpty();
      assertThat(errors(schema("front-matter.schema.json"), frontMatter(welcome))).isEmpty();
      // the editor comment is the first line of each YAML block and leads to the schema written
      String configFirst = Files.readString(config).lines().findFirst().orElseThrow();
      String welcomeSecond = Files.readString(welcome).lines().skip(1).findFirst().orElseThrow();
      for (var pair : List.of(List.of(config, configFirst, "site-config.schema.json"),
          List.of(welcome, welcomeSecond, "front-matter.schema.json"))) {
        var m = SCHEMA_COMMENT.matcher((String) pair.get(1));
        assertThat(m.matches()).as(pair.get(1).toString()).isTrue();
        Path target = ((Path) pair.get(0)).getParent().resolve(m.group(1)).normalize();
        assertThat(target).hasContent(resource((String) pair.get(2)));
      }
    }
  }

  @Test
  void theSchemasNameExactlyTheKeysTheLoadersAccept() {
    JsonNode config = json("site-config.schema.json").get("properties");
    assertThat(names(config)).containsExactlyInAnyOrderElementsOf(ConfigLoader.KEYS);
    assertThat(names(config.get("feed").get("properties"))).containsExactlyInAnyOrderElementsOf(ConfigLoader.FEED_KEYS);
    assertThat(names(config.get("images").get("properties"))).containsExactlyInAnyOrderElementsOf(ConfigLoader.IMAGE_KEYS);
    assertThat(names(config.get("paginate").get("oneOf").get(1).get("properties")))
        .containsExactlyInAnyOrderElementsOf(ConfigLoader.PAGINATE_KEYS);
    assertThat(names(json("site-config.schema.json").get("$defs").get("channel").get("properties")))
        .containsExactlyInAnyOrderElementsOf(ConfigLoader.CHANNEL_KEYS);
    List<String> formats = Arrays.stream(FeedFormat.values()).map(FeedFormat::id).toList();
    assertThat(texts(config.get("feed").get("properties").get("formats").get("items").get("enum")))
        .containsExactlyInAnyOrderElementsOf(formats);
    assertThat(names(config.get("feed").get("properties").get("files").get("properties"))).containsExactlyInAnyOrderElementsOf(formats);
    assertThat(texts(config.get("disableKinds").get("items").get("enum")))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(PageKind.values()).map(PageKind::id).toList());
    assertThat(names(json("front-matter.schema.json").get("properties")))
        .containsExactlyInAnyOrderElementsOf(FrontMatterFields.KNOWN);
  }

  @Test
  void theSchemasRejectWhatGazetteRejects() {
    Schema config = schema("site-config.schema.json");
    String valid = "title: T\nbaseUrl: https://host/portal/\nchannels: [{id: news, name: 资讯}]\n";
    assertThat(errors(config, valid)).isEmpty();
    assertThat(errors(config, valid + "tilte: x\n")).singleElement().asString().contains("tilte");
    assertThat(errors(config, valid.replace("id: news", "id: News"))).isNotEmpty();
    assertThat(errors(config, valid + "feed: {formats: [rss, xml]}\n")).isNotEmpty();
    assertThat(errors(config, valid + "paginate: {size: 20, stabel: true}\n")).isNotEmpty();
    Schema fm = schema("front-matter.schema.json");
    String article = "title: 标题\nchannel: news/suzhou\ndate: 2022-06-26 17:05\nsource: 苏州日报\nauthor: 赵焱\n";
    assertThat(errors(fm, article)).isEmpty();
    assertThat(errors(fm, article + "tags: [a, b]\ndraft: true\nparams: {x: 1}\ncustom: kept\n")).isEmpty();
    assertThat(errors(fm, article.replace("2022-06-26 17:05", "2022年6月26日"))).isNotEmpty();
    assertThat(errors(fm, article.replace("author: 赵焱\n", ""))).isNotEmpty();
    assertThat(errors(fm, "title: 关于我们\nlayout: page\n")).isEmpty();
    assertThat(errors(fm, article + "draft: yes please\n")).isNotEmpty();
  }
}
