package dev.gazette.store;

/** A cache or pack on disk that does not hold what its index says: it is dropped and rebuilt. */
public final class CorruptStoreException extends RuntimeException {
  public CorruptStoreException(String message) {
    super(message, null, false, false);
  }
}
