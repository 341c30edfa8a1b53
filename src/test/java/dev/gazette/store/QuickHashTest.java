package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** MurmurHash3 x64 128 as published (the reference vectors other implementations test against). */
class QuickHashTest {
  @Test
  void givesTheReferenceHashes() {
    assertHash("", 0L, 0L);
    assertHash("hell", 0x629942693e10f867L, 0x92db0b82baeb5347L);
    assertHash("The quick brown fox jumps over the lazy dog", 0xe34bbc7bbc071b6cL, 0x7a433ca9c49a9347L);
  }

  @Test
  void everyLengthAndEveryByteCounts() {
    byte[] text = "苏州新闻网 · 姑苏区平江路的一篇报道，第一版。".repeat(3).getBytes(StandardCharsets.UTF_8);
    var seen = new HashSet<String>();
    for (int n = 0; n <= text.length; n++) {
      assertThat(seen.add(hex(QuickHash.of(text, n)))).as("length " + n).isTrue();
      if (n > 0) {
        byte[] changed = text.clone();
        changed[n - 1] ^= 1;
        assertThat(QuickHash.of(changed, n)).as("last byte of " + n).isNotEqualTo(QuickHash.of(text, n));
      }
    }
  }

  private static void assertHash(String text, long h1, long h2) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    var expected = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(h1).putLong(h2).array();
    assertThat(hex(QuickHash.of(b, b.length))).as(text).isEqualTo(hex(expected));
  }

  private static String hex(byte[] b) {
    return java.util.HexFormat.of().formatHex(b);
  }
}
