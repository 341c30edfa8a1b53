package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceHashTest {
  private static final byte[] REFERENCE_KEY = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

  /** The reference implementation's vectors (vectors_sip128): key 00..0f, message 00..n-1. */
  @ParameterizedTest
  @CsvSource({
      "0, a3817f04ba25a8e66df67214c7550293",
      "1, da87c1d86b99af44347659119b22fc45",
      "7, a1f1ebbed8dbc153c0b84aa61ff08239",
      "8, 3b62a9ba6258f5610f83e264f31497b4",
      "15, 5493e99933b0a8117e08ec0f97cfc3d9",
      "16, 6ee2a4ca67b054bbfd3315bf85230577",
      "63, 5150d1772f50834a503e069a973fbd7c"})
  void matchesTheReferenceVectors(int n, String expected) {
    byte[] message = new byte[n];
    for (int i = 0; i < n; i++) {
      message[i] = (byte) i;
    }
    assertThat(new SourceHash(REFERENCE_KEY).of(message)).isEqualTo(expected);
  }

  @Test
  void aFileHashesAsItsBytesReadInPieces(@TempDir Path dir) throws IOException {
    var hash = SourceHash.random();
    for (int n : new int[] {0, 7, 8, 9, 65_541, 1 << 20, (1 << 20) + 1, 3_000_005}) {
      byte[] bytes = new byte[n];
      new java.util.Random(n).nextBytes(bytes);
      Path file = Files.write(dir.resolve("f" + n), bytes);
      assertThat(hash.of(file)).as(n + " bytes").isEqualTo(hash.of(bytes)).hasSize(32);
    }
  }

  @Test
  void aKeyIsKeptAndOnlyAKeyIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cache/source-key");
    byte[] bytes = "正文".getBytes(StandardCharsets.UTF_8);
    assertThat(SourceHash.read(file)).as("none yet").isNull();
    String first = SourceHash.create(file).of(bytes);
    assertThat(SourceHash.read(file).of(bytes)).as("the same key again").isEqualTo(first);
    assertThat(SourceHash.create(dir.resolve("other")).of(bytes)).as("another key").isNotEqualTo(first);
    String whole = Files.readString(file);
    Files.writeString(file, whole.substring(0, whole.length() - 2));
    assertThat(SourceHash.read(file)).as("truncated").isNull();
    Files.writeString(file, whole.replace('a', 'x').replace('b', 'x').replace('c', 'x'));
    assertThat(SourceHash.read(file)).as("not hex").isNull();
    Files.write(file, new byte[] {(byte) 0xff, 0, 1});
    assertThat(SourceHash.read(file)).as("bytes that are not a key").isNull();
    assertThat(dir.resolve("cache")).isDirectoryNotContaining("glob:**.tmp");
  }
}
