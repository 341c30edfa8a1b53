package dev.gazette.build;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Severity;
import dev.gazette.frontmatter.Editorial;
import dev.gazette.frontmatter.FrontMatter;
import dev.gazette.frontmatter.Layout;
import dev.gazette.frontmatter.Media;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.frontmatter.Position;
import dev.gazette.markdown.ContentLinks;
import dev.gazette.markdown.RenderedBody;
import dev.gazette.markdown.StoredBody;
import dev.gazette.markdown.TextStats;
import dev.gazette.output.OutputRecord;
import dev.gazette.source.SourceFile;
import dev.gazette.store.Blob;
import dev.gazette.store.CorruptStoreException;
import dev.gazette.store.PackStore;
import dev.gazette.store.StoredText;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of {@link BuildCache}'s entries: plain fields in a fixed order, no Java
 * serialization (whose format follows class internals and is slow to read). Every read is
 * bounded; anything unexpected is a {@link CorruptStoreException}.
 */
final class CacheCodec {
  private final DataOutputStream out;
  private final DataInputStream in;
  private final Path siteDir;
  private final PackStore pack;
  /** The bytes under {@link #in} when they are an array ({@link #input}): texts decode straight from it. */
  private final Unlocked raw;
  /**
   * The words this stream has written or read so far, by number ({@link #word}): a shard of 1,500
   * documents names the same config key, time zone, channels and front-matter keys in each.
   */
  private final Map<String, Integer> wordNumbers;
  private final List<String> words;

  private CacheCodec(DataOutputStream out, DataInputStream in, Path siteDir, PackStore pack) {
    this.out = out;
    this.in = in;
    this.siteDir = siteDir;
    this.pack = pack;
    this.raw = in instanceof Input i ? i.raw : null;
    this.wordNumbers = out != null ? new java.util.HashMap<>() : null;
    this.words = in != null ? new ArrayList<>() : null;
  }

  static CacheCodec writer(DataOutputStream out) {
    return new CacheCodec(out, null, null, null);
  }

  /**
   * A data stream over {@code bytes[offset, offset + length)} whose reads take no lock: {@code
   * ByteArrayInputStream.read()} is synchronized, and JDK 17's {@code DataInputStream.readInt()}
   * calls it four times, which made decoding 100,000 cached articles mostly locking.
   */
  static DataInputStream input(byte[] bytes, int offset, int length) {
    return new Input(new Unlocked(bytes, offset, offset + length));
  }

  private static final class Input extends DataInputStream {
    private final Unlocked raw;

    Input(Unlocked raw) {
      super(raw);
      this.raw = raw;
    }
  }

  private static final class Unlocked extends java.io.InputStream {
    private final byte[] bytes;
    private final int end;
    private int at;

    Unlocked(byte[] bytes, int at, int end) {
      java.util.Objects.checkFromToIndex(at, end, bytes.length);
      this.bytes = bytes;
      this.at = at;
      this.end = end;
    }

    @Override
    public int read() {
      return at < end ? bytes[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      if (len == 0) {
        return 0;
      }
      if (at >= end) {
        return -1;
      }
      int n = Math.min(len, end - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }

    @Override
    public int available() {
      return end - at;
    }

    /** The next {@code n} bytes as UTF-8, decoded in place. */
    String utf8(int n) throws java.io.EOFException {
      if (n > end - at) {
        throw new java.io.EOFException();
      }
      String s = new String(bytes, at, n, StandardCharsets.UTF_8);
      at += n;
      return s;
    }
  }

  static CacheCodec reader(DataInputStream in, Path siteDir, PackStore pack) {
    return new CacheCodec(null, in, siteDir, pack);
  }

  // ---- parsed files

  void parsed(String rel, BuildCache.Parsed p) throws IOException {
    str(rel);
    str(p.hash());
    word((String) p.configKey());
    out.writeBoolean(p.doc() != null);
    if (p.doc() != null) {
      doc(p.doc());
    }
    diagnostics(p.diagnostics());
  }

  Named<BuildCache.Parsed> parsed() throws IOException {
    String rel = str();
    String hash = str();
    String key = word();
    ParsedDocument doc = in.readBoolean() ? doc(rel, hash) : null;
    return new Named<>(rel, new BuildCache.Parsed(hash, key, doc, diagnostics()));
  }

  private void doc(ParsedDocument d) throws IOException {
    FrontMatter f = d.frontMatter();
    str(f.title());
    word(f.channel());
    date(f.date());
    word(f.source());
    words(f.authors());
    str(f.summary());
    words(f.tags());
    str(f.image());
    str(f.slug());
    date(f.updated());
    out.writeBoolean(f.headline());
    out.writeBoolean(f.draft());
    date(f.expires());
    word(f.layout().name());
    strings(f.aliases());
    editorial(f.editorial());
    words(f.topics());
    value(f.params());
    out.writeInt(f.positions().size());
    for (var e : new java.util.TreeMap<>(f.positions()).entrySet()) {
      word(e.getKey());
      out.writeInt(e.getValue().line());
      out.writeInt(e.getValue().col());
    }
    media(f.media());
    out.writeInt(d.bodyLine());
    out.writeBoolean(d.blankBody());
  }

  @SuppressWarnings("unchecked")
  private ParsedDocument doc(String rel, String hash) throws IOException {
    String title = str();
    String channel = word();
    ZonedDateTime date = date();
    String source = word();
    List<String> authors = words();
    String summary = str();
    List<String> tags = words();
    String image = str();
    String slug = str();
    ZonedDateTime updated = date();
    boolean headline = in.readBoolean();
    boolean draft = in.readBoolean();
    ZonedDateTime expires = date();
    Layout layout = layout(word());
    List<String> aliases = strings();
    Editorial editorial = editorial();
    List<String> topics = words();
    Object params = value();
    int n = count();
    var positions = new LinkedHashMap<String, Position>();
    for (int i = 0; i < n; i++) {
      positions.put(word(), new Position(in.readInt(), in.readInt()));
    }
    Media media = media();
    int bodyLine = in.readInt();
    boolean blank = in.readBoolean();
    if (title == null || slug == null || !(params instanceof Map)) {
      throw new CorruptStoreException("a cached document lacks its title or slug");
    }
    var fm = new FrontMatter(title, channel, date, source, authors, summary, tags, image, slug, updated, headline, draft,
        expires, layout, aliases, editorial, topics, (Map<String, Object>) params, positions, media);
    var file = new SourceFile(siteDir.resolve(rel), rel, "", hash);
    return new ParsedDocument(file, fm, "", bodyLine, blank);
  }

  private void media(Media m) throws IOException {
    str(m.imageCaption());
    str(m.imageCredit());
    out.writeInt(m.gallery().size());
    for (var g : m.gallery()) {
      str(g.src());
      str(g.caption());
      str(g.credit());
      out.writeInt(g.line());
      out.writeInt(g.col());
    }
  }

  private Media media() throws IOException {
    String caption = str();
    String credit = str();
    int n = count();
    var gallery = new java.util.ArrayList<Media.GalleryItem>(n);
    for (int i = 0; i < n; i++) {
      String src = str();
      if (src == null) {
        throw new CorruptStoreException("a cached gallery photo lacks its src");
      }
      gallery.add(new Media.GalleryItem(src, str(), str(), in.readInt(), in.readInt()));
    }
    return new Media(caption, credit, gallery);
  }

  private void editorial(Editorial e) throws IOException {
    words(e.editors());
    str(e.originalTitle());
    str(e.originalAuthor());
    str(e.sourceUrl());
    out.writeInt(e.corrections().size());
    for (var c : e.corrections()) {
      date(c.date());
      str(c.text());
    }
  }

  private Editorial editorial() throws IOException {
    List<String> editors = words();
    String originalTitle = str();
    String originalAuthor = str();
    String sourceUrl = str();
    int n = count();
    var corrections = new ArrayList<Editorial.Correction>(n);
    for (int i = 0; i < n; i++) {
      ZonedDateTime date = date();
      String text = str();
      if (date == null || text == null) {
        throw new CorruptStoreException("a cached correction lacks its date or text");
      }
      corrections.add(new Editorial.Correction(date, text));
    }
    return new Editorial(editors, originalTitle, originalAuthor, sourceUrl, corrections);
  }

  private static Layout layout(String name) {
    try {
      return Layout.valueOf(String.valueOf(name));
    } catch (IllegalArgumentException e) {
      throw new CorruptStoreException("unknown cached layout " + name);
    }
  }

  // ---- rendered bodies

  void body(String rel, BuildCache.Body b) throws IOException {
    str(rel);
    str(b.hash());
    word((String) b.baseKey());
    out.writeInt(b.links().size());
    for (var e : b.links().entrySet()) {
      str(e.getKey());
      if (e.getValue() instanceof ContentLinks.Found f) {
        out.writeByte('F');
        str(f.url());
      } else if (e.getValue() instanceof ContentLinks.NotBuilt x) {
        out.writeByte('N');
        str(x.reason());
      } else if (e.getValue() instanceof ContentLinks.Failed) {
        out.writeByte('E');
      } else {
        out.writeByte('M');
      }
    }
    StoredBody s = b.body();
    blob(s.html().blob());
    blob(s.text().blob());
    str(s.teaser());
    out.writeInt(s.stats().cjkChars());
    out.writeInt(s.stats().latinWords());
    out.writeInt(s.rootLinks().size());
    for (var l : s.rootLinks()) {
      str(l.path());
      out.writeInt(l.line());
      out.writeInt(l.col());
    }
    out.writeBoolean(s.linksToContent());
    strings(s.images());
    diagnostics(b.diagnostics());
  }

  private void blob(Blob blob) throws IOException {
    str(blob.id());
    out.writeLong(blob.offset());
    out.writeInt(blob.length());
    out.writeInt(blob.crc());
  }

  private Blob blob() throws IOException {
    var blob = new Blob(str(), in.readLong(), in.readInt(), in.readInt());
    if (blob.offset() + blob.length() > pack.length()) {
      throw new CorruptStoreException("a cached body lies beyond the end of " + pack.file().getFileName());
    }
    return blob;
  }

  record Named<T>(String name, T value) {}

  Named<BuildCache.Body> body() throws IOException {
    String rel = str();
    String hash = str();
    String baseKey = word();
    int n = count();
    var links = new LinkedHashMap<String, ContentLinks.Target>();
    for (int i = 0; i < n; i++) {
      String target = str();
      int kind = in.readByte();
      links.put(target, switch (kind) {
        case 'F' -> new ContentLinks.Found(str());
        case 'N' -> new ContentLinks.NotBuilt(str());
        case 'E' -> new ContentLinks.Failed();
        case 'M' -> new ContentLinks.Missing();
        default -> throw new CorruptStoreException("unknown link kind " + kind);
      });
    }
    Blob html = blob();
    Blob text = blob();
    String teaser = str();
    var stats = new TextStats(in.readInt(), in.readInt());
    int m = count();
    var rootLinks = new ArrayList<RenderedBody.LocalLink>(m);
    for (int i = 0; i < m; i++) {
      rootLinks.add(new RenderedBody.LocalLink(str(), in.readInt(), in.readInt()));
    }
    boolean linksToContent = in.readBoolean();
    List<String> images = strings();
    if (images.contains(null) || rootLinks.stream().anyMatch(l -> l.path() == null)) {
      throw new CorruptStoreException("a cached body names an image or link without a path");
    }
    var body = new StoredBody(new StoredText(pack, html), new StoredText(pack, text), teaser, stats, rootLinks,
        linksToContent, images);
    return new Named<>(rel, new BuildCache.Body(hash, baseKey, Map.copyOf(links), body, diagnostics()));
  }

  // ---- outputs

  void rendered(String path, BuildCache.Rendered r) throws IOException {
    str(path);
    str(r.fingerprint());
  }

  Named<BuildCache.Rendered> rendered() throws IOException {
    return new Named<>(str(), new BuildCache.Rendered(str()));
  }

  void output(String path, OutputRecord r) throws IOException {
    str(path);
    out.writeLong(r.size());
    out.writeLong(r.mtime());
  }

  Named<OutputRecord> output() throws IOException {
    return new Named<>(str(), new OutputRecord(in.readLong(), in.readLong()));
  }

  /** The spare beside the output ({@link dev.gazette.output.Spare}), or none. */
  void spare(dev.gazette.output.Spare spare) throws IOException {
    out.writeBoolean(spare != null);
    if (spare != null) {
      str(spare.folder());
      strings(List.copyOf(spare.stale()));
    }
  }

  dev.gazette.output.Spare spare() throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    String folder = str();
    if (folder == null || folder.contains("/") || folder.contains("\\")) {
      throw new CorruptStoreException("bad spare folder name");
    }
    return new dev.gazette.output.Spare(folder, new java.util.HashSet<>(strings()));
  }

  // ---- the last build's shape: its files are entries of their own (PAGES)

  void shape(Shape shape) throws IOException {
    str(shape.digest());
    str(shape.frame());
    out.writeInt(shape.pages());
    strings(shape.staticPaths());
    out.writeInt(shape.warnings().size());
    for (var e : shape.warnings().entrySet()) {
      str(e.getKey());
      diagnostics(e.getValue());
    }
    // an article shows six others: each source path is a word, written once and then by its number
    out.writeInt(shape.shownBy().size());
    for (var e : shape.shownBy().entrySet()) {
      word(e.getKey());
      words(e.getValue());
    }
  }

  /** A shape without its files, which are filled from the {@code PAGES} section. */
  Shape shape() throws IOException {
    String digest = str();
    String frame = str();
    int pages = in.readInt();
    List<String> statics = List.copyOf(strings());
    var warnings = new java.util.HashMap<String, List<Diagnostic>>();
    for (int i = 0, n = count(); i < n; i++) {
      warnings.put(str(), diagnostics());
    }
    int n = count();
    var shownBy = new java.util.HashMap<String, List<String>>(n * 2);
    for (int i = 0; i < n; i++) {
      String rel = word();
      List<String> by = words();
      if (rel == null || by.contains(null)) {
        throw new CorruptStoreException("who shows whom names an article without a path");
      }
      shownBy.put(rel, List.copyOf(by));
    }
    return new Shape(digest, frame, shownBy, Map.of(), pages, statics, warnings, Map.of());
  }

  void page(String path, Shape.Page page) throws IOException {
    str(path);
    word(page.origin());
    out.writeBoolean(page.signature() != null);
    if (page.signature() != null) {
      out.writeLong(page.signature());
    }
  }

  Named<Shape.Page> page() throws IOException {
    String path = str();
    String origin = word();
    if (path == null || origin == null) {
      throw new CorruptStoreException("a page without a path or origin");
    }
    return new Named<>(path, new Shape.Page(origin, in.readBoolean() ? in.readLong() : null));
  }

  // ---- parts

  void photoReads(PhotoReads r) throws IOException {
    out.writeInt(r.generation());
    strings(List.copyOf(new java.util.TreeSet<>(r.paths())));
    str(r.key());
  }

  PhotoReads photoReads() throws IOException {
    int generation = in.readInt();
    List<String> paths = strings();
    String key = str();
    if (key == null || paths.contains(null)) {
      throw new CorruptStoreException("the photos the templates read are damaged");
    }
    return new PhotoReads(generation, java.util.Set.copyOf(paths), key);
  }

  void diagnostics(List<Diagnostic> list) throws IOException {
    out.writeInt(list.size());
    for (Diagnostic d : list) {
      str(d.file());
      out.writeInt(d.line());
      out.writeInt(d.col());
      out.writeBoolean(d.isError());
      str(d.message());
      str(d.hint());
    }
  }

  List<Diagnostic> diagnostics() throws IOException {
    int n = count();
    var out = new ArrayList<Diagnostic>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Diagnostic(str(), in.readInt(), in.readInt(), in.readBoolean() ? Severity.ERROR : Severity.WARNING, str(), str()));
    }
    return List.copyOf(out);
  }

  private void date(ZonedDateTime t) throws IOException {
    out.writeBoolean(t != null);
    if (t != null) {
      out.writeLong(t.toEpochSecond());
      out.writeInt(t.getNano());
      word(t.getZone().getId());
    }
  }

  private ZonedDateTime date() throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    long seconds = in.readLong();
    int nanos = in.readInt();
    try {
      return ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos), ZoneId.of(word()));
    } catch (java.time.DateTimeException e) {
      throw new CorruptStoreException("a cached date cannot be read: " + e.getMessage());
    }
  }

  private void strings(List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      str(s);
    }
  }

  private List<String> strings() throws IOException {
    int n = count();
    var list = new ArrayList<String>(n);
    for (int i = 0; i < n; i++) {
      list.add(str());
    }
    return list;
  }

  /** A front-matter value: text, number, boolean, list or map (what YAML gives). */
  private void value(Object v) throws IOException {
    if (v == null) {
      out.writeByte('0');
    } else if (v instanceof String s) {
      out.writeByte('s');
      str(s);
    } else if (v instanceof Long || v instanceof Integer) {
      out.writeByte('l');
      out.writeLong(((Number) v).longValue());
    } else if (v instanceof Double d) {
      out.writeByte('d');
      out.writeDouble(d);
    } else if (v instanceof Boolean b) {
      out.writeByte(b ? 'T' : 'F');
    } else if (v instanceof List<?> list) {
      out.writeByte('[');
      out.writeInt(list.size());
      for (Object x : list) {
        value(x);
      }
    } else if (v instanceof Map<?, ?> map) {
      out.writeByte('{');
      out.writeInt(map.size());
      for (var e : map.entrySet()) {
        word(String.valueOf(e.getKey()));
        value(e.getValue());
      }
    } else {
      throw new IllegalStateException("cannot cache a front-matter value of type " + v.getClass().getName());
    }
  }

  private Object value() throws IOException {
    int tag = in.readByte();
    return switch (tag) {
      case '0' -> null;
      case 's' -> str();
      case 'l' -> in.readLong();
      case 'd' -> in.readDouble();
      case 'T' -> Boolean.TRUE;
      case 'F' -> Boolean.FALSE;
      case '[' -> {
        int n = count();
        var list = new ArrayList<Object>(n);
        for (int i = 0; i < n; i++) {
          list.add(value());
        }
        yield java.util.Collections.unmodifiableList(list);
      }
      case '{' -> {
        int n = count();
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < n; i++) {
          map.put(word(), value());
        }
        yield java.util.Collections.unmodifiableMap(map);
      }
      default -> throw new CorruptStoreException("unknown value tag " + tag);
    };
  }

  void str(String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  String str() throws IOException {
    int n = in.readInt();
    if (n == -1) {
      return null;
    }
    if (n < 0 || n > 64 << 20) {
      throw new CorruptStoreException("a cached text of " + n + " bytes");
    }
    if (raw != null) {
      return raw.utf8(n);
    }
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new java.io.EOFException();
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /**
   * A text that repeats from entry to entry (a config key, a time zone, a channel, a tag, a
   * front-matter key): written in full the first time in this stream, then by its number, and
   * read back as one shared instance.
   */
  void word(String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    Integer known = wordNumbers.get(s);
    if (known != null) {
      out.writeInt(known);
      return;
    }
    int next = wordNumbers.size();
    wordNumbers.put(s, next);
    out.writeInt(next);
    str(s);
  }

  String word() throws IOException {
    int n = in.readInt();
    if (n == -1) {
      return null;
    }
    if (n >= 0 && n < words.size()) {
      return words.get(n);
    }
    if (n != words.size()) {
      throw new CorruptStoreException("word " + n + " is not in the table of " + words.size());
    }
    String s = str();
    if (s == null) {
      throw new CorruptStoreException("a cached word is missing");
    }
    words.add(s);
    return s;
  }

  private void words(List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      word(s);
    }
  }

  private List<String> words() throws IOException {
    int n = count();
    var list = new ArrayList<String>(n);
    for (int i = 0; i < n; i++) {
      list.add(word());
    }
    return list;
  }

  int count() throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 50_000_000) {
      throw new CorruptStoreException("a cached list of " + n + " entries");
    }
    return n;
  }
}
