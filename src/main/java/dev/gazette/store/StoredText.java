package dev.gazette.store;

import java.util.Objects;

/**
 * Text kept in a {@link PackStore} rather than on the heap (an article's rendered body): read
 * when a page or feed needs it, then dropped. Equal when the ids are (and so the bytes).
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

  /** What the text is (see {@link Blob#id()}): equal ids, equal text. */
  public String id() {
    return blob.id();
  }

  public boolean isEmpty() {
    return blob.length() == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredText t && t.blob.id().equals(blob.id());
  }

  @Override
  public int hashCode() {
    return blob.id().hashCode();
  }

  @Override
  public String toString() {
    return "StoredText[" + blob.id().substring(0, Math.min(12, blob.id().length())) + ", " + blob.length() + " bytes]";
  }
}
