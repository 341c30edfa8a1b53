package dev.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code's identity is read from the jar's central directory: it must still tell every two jars apart. */
class CodeVersionTest {
  @TempDir Path dir;

  private Path jar(String name, String comment, String... entries) throws IOException {
    Path jar = dir.resolve(name);
    try (var zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      if (comment != null) {
        zip.setComment(comment);
      }
      for (int i = 0; i < entries.length; i += 2) {
        var entry = new ZipEntry(entries[i]);
        // one fixed time: jars written a moment apart must differ only where the test says
        entry.setTime(1_767_225_600_000L);
        zip.putNextEntry(entry);
        zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void theDirectoryNamesEveryEntryAndMovesWithAnyByteOfAnyEntry() throws IOException {
    byte[] a = CodeVersion.centralDirectory(jar("a.jar", null, "dev/A.class", "alpha", "dev/B.class", "beta"));
    byte[] same = CodeVersion.centralDirectory(jar("same.jar", null, "dev/A.class", "alpha", "dev/B.class", "beta"));
    // the same length, one byte apart: only the entry's CRC-32 differs in the directory
    byte[] oneByte = CodeVersion.centralDirectory(jar("b.jar", null, "dev/A.class", "alpha", "dev/B.class", "betb"));
    byte[] renamed = CodeVersion.centralDirectory(jar("c.jar", null, "dev/A.class", "alpha", "dev/C.class", "beta"));
    byte[] fewer = CodeVersion.centralDirectory(jar("d.jar", null, "dev/A.class", "alpha"));

    assertThat(a).isNotNull();
    // a central directory starts with the first entry's header
    assertThat(new String(a, 46, "dev/A.class".length(), StandardCharsets.UTF_8)).isEqualTo("dev/A.class");
    assertThat(a).isEqualTo(same);
    assertThat(oneByte).isNotNull().isNotEqualTo(a);
    assertThat(renamed).isNotNull().isNotEqualTo(a);
    assertThat(fewer).isNotNull().isNotEqualTo(a);
  }

  @Test
  void aCommentAfterTheEndRecordIsSkipped() throws IOException {
    byte[] plain = CodeVersion.centralDirectory(jar("plain.jar", null, "x", "1"));
    byte[] commented = CodeVersion.centralDirectory(jar("commented.jar", "built by a tool PK\u0005\u0006 that writes signatures", "x", "1"));

    assertThat(commented).isEqualTo(plain);
  }

  @Test
  void aFileThatIsNoZipHasNoDirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("not.jar"), "no zip at all, only text that is long enough to search");

    assertThat(CodeVersion.centralDirectory(file)).isNull();
    assertThat(CodeVersion.centralDirectory(Files.write(dir.resolve("empty.jar"), new byte[0]))).isNull();
  }
}
