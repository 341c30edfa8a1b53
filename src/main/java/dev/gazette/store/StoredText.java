package dev.gazette.store;

import java.util.Objects;

/**
 * Text kept in a {@link PackStore} rather than on the heap (an article's rendered body): read
 * when a page or feed needs it, then dropped. Equal when the bytes are equal (same hash).
 */
public final class StoredText {
  private final PackStore store;
  private final Blob blob;

  public StoredText(PackStore store, Blob blob) {
    this.store = Objects.requireNonNull(store);
    this.blob = Objects.requireNonNull(blob);
  }

  public String text() {
    return store.text(blob);
  }

  public Blob blob() {
    return blob;
  }

  public String hash() {
    return blob.hash();
  }

  public boolean isEmpty() {
    return blob.length() == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredText t && t.blob.hash().equals(blob.hash());
  }

  @Override
  public int hashCode() {
    return blob.hash().hashCode();
  }

  @Override
  public String toString() {
    return "StoredText[" + blob.hash().substring(0, 12) + ", " + blob.length() + " bytes]";
  }
}
