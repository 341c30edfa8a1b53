package dev.gazette.search;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to dense slot numbers 0, 1, 2, ... in order of first
 * sight: the index counts millions of token occurrences, and boxing each key in a HashMap was
 * most of its time. {@link #clear} is proportional to the slots used, so one table serves every
 * article in turn.
 */
final class LongTable {
  private static final long EMPTY = -1;
  private long[] keys;
  private int[] slots;
  private long[] order;
  /** Where in {@link #keys} each slot's key is. */
  private int[] at;
  private int size;

  LongTable(int capacity) {
    int n = Integer.highestOneBit(Math.max(16, capacity * 2) - 1) << 1;
    keys = new long[n];
    Arrays.fill(keys, EMPTY);
    slots = new int[n];
    order = new long[n / 2];
    at = new int[n / 2];
  }

  /** The slot of {@code key}, a new one (= the old size) when it was not there. */
  int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        return slots[i];
      }
      if (k == EMPTY) {
        if (size >= order.length) {
          grow();
          return slot(key);
        }
        keys[i] = key;
        slots[i] = size;
        order[size] = key;
        at[size] = i;
        return size++;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  /** The key of slot {@code s}. */
  long key(int s) {
    return order[s];
  }

  void clear() {
    if (size < keys.length / 8) {
      for (int s = 0; s < size; s++) {
        keys[at[s]] = EMPTY;
      }
    } else {
      Arrays.fill(keys, EMPTY);
    }
    size = 0;
  }

  private void grow() {
    long[] old = Arrays.copyOf(order, size);
    keys = new long[keys.length * 2];
    Arrays.fill(keys, EMPTY);
    slots = new int[keys.length];
    order = new long[keys.length / 2];
    at = new int[keys.length / 2];
    size = 0;
    for (long k : old) {
      slot(k);
    }
  }

  private static long mix(long k) {
    k *= 0x9E3779B97F4A7C15L;
    return k ^ (k >>> 29);
  }
}
