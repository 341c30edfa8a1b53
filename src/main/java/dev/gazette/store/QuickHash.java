package dev.gazette.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3's 128-bit x64 variant (Austin Appleby's public-domain algorithm) over a byte range:
 * the hash of page and feed fingerprints, which are compared with the last build's to decide
 * whether a page is rendered again. It is not a cryptographic hash, and needs not be: nothing is
 * trusted on its strength, a fingerprint only has to change when its model does, and 128 well
 * mixed bits make an accidental equality of two different models as likely as never. It is about
 * ten times as fast as SHA-256 on a JVM that runs only the C1 compiler (the launcher's choice for
 * a short build), where SHA-256 has no intrinsic: at 100,000 articles a rebuild fingerprints
 * 174,000 page models, a few kilobytes each.
 */
public final class QuickHash {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private QuickHash() {}

  /** The 16 bytes of the hash of {@code b[0..n)}, the first half first, each little-endian. */
  public static byte[] of(byte[] b, int n) {
    long h1 = 0;
    long h2 = 0;
    int blocks = n & ~15;
    for (int i = 0; i < blocks; i += 16) {
      long k1 = (long) LONGS.get(b, i);
      long k2 = (long) LONGS.get(b, i + 8);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    for (int i = n - 1; i >= blocks + 8; i--) {
      k2 = (k2 << 8) | (b[i] & 0xffL);
    }
    for (int i = Math.min(n, blocks + 8) - 1; i >= blocks; i--) {
      k1 = (k1 << 8) | (b[i] & 0xffL);
    }
    if (n - blocks > 8) {
      h2 ^= mixK2(k2);
    }
    if (n > blocks) {
      h1 ^= mixK1(k1);
    }
    h1 ^= n;
    h2 ^= n;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    byte[] out = new byte[16];
    LONGS.set(out, 0, h1);
    LONGS.set(out, 8, h2);
    return out;
  }

  private static long mixK1(long k) {
    return Long.rotateLeft(k * C1, 31) * C2;
  }

  private static long mixK2(long k) {
    return Long.rotateLeft(k * C2, 33) * C1;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
