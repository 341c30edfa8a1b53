package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.store.Blob;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The layered file table answers as a plain map with the same puts and removals would. */
class FileTableTest {

  @Property(tries = 60)
  void answersAsAPlainMap(@ForAll long seed) {
    var random = new Random(seed);
    int paths = 1 + random.nextInt(600);
    var reference = new HashMap<String, ServedFile>();
    for (int i = 0; i < paths; i++) {
      if (random.nextBoolean()) {
        reference.put("p" + i, file("p" + i, random));
      }
    }
    FileTable table = FileTable.of(new HashMap<>(reference));
    for (int step = 0; step < 40; step++) {
      var written = new HashMap<String, ServedFile>();
      var removed = new HashSet<String>();
      int changes = random.nextInt(random.nextBoolean() ? 4 : paths / 2 + 1);
      for (int c = 0; c < changes; c++) {
        String p = "p" + random.nextInt(paths + 20);
        if (random.nextInt(3) == 0) {
          removed.add(p);
        } else {
          written.put(p, file(p, random));
        }
      }
      table = table.with(written, removed);
      reference.keySet().removeAll(removed);
      reference.putAll(written);
      same(table, reference);
    }
  }

  private static void same(FileTable table, Map<String, ServedFile> reference) {
    assertThat(table.size()).isEqualTo(reference.size());
    var seen = new HashMap<String, ServedFile>();
    table.forEach(seen::put);
    assertThat(seen).isEqualTo(reference);
    for (int i = 0; i < 700; i++) {
      assertThat(table.get("p" + i)).isEqualTo(reference.get("p" + i));
    }
    long bytes = reference.values().stream().mapToLong(f -> f.blob() == null ? 0 : f.blob().length()).sum();
    assertThat(table.packBytes()).isEqualTo(bytes);
  }

  private static ServedFile file(String path, Random random) {
    if (random.nextInt(5) == 0) {
      return new ServedFile(path, null, java.nio.file.Path.of("static", path));
    }
    return new ServedFile(path, new Blob("pack", random.nextInt(1 << 20), 1 + random.nextInt(5000), random.nextInt()), null);
  }

  @Example
  void aRemovedPathThatIsWrittenAgainIsThere() {
    var a = new ServedFile("a", new Blob("pack", 0, 10, 0), null);
    var b = new ServedFile("a", new Blob("pack", 10, 20, 0), null);
    FileTable t = FileTable.of(new HashMap<>(Map.of("a", a))).with(Map.of(), Set.of("a"));
    assertThat(t.get("a")).isNull();
    assertThat(t.size()).isZero();
    t = t.with(Map.of("a", b), Set.of());
    assertThat(t.get("a")).isEqualTo(b);
    assertThat(t.size()).isEqualTo(1);
    assertThat(t.packBytes()).isEqualTo(20);
  }
}
