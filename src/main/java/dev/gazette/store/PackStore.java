package dev.gazette.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One append-only file of blobs (rendered bodies, the dev server's pages): {@link #put} appends
 * and returns where the bytes went, {@link #read} reads them back by position. Both are safe from
 * many threads at once (positional I/O on one channel). One file instead of one per blob: a
 * build of 100,000 articles would otherwise create 100,000 files just to read each back once.
 *
 * <p>A blob read back is checked against its checksum: a pack damaged on disk is reported as {@link
 * CorruptStoreException}, never served as content.
 */
public final class PackStore implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final AtomicLong end;

  private PackStore(Path file, FileChannel channel, long end) {
    this.file = file;
    this.channel = channel;
    this.end = new AtomicLong(end);
  }

  /** Opens (or creates) a pack; new blobs go after {@code validLength}, dropping any tail beyond it. */
  public static PackStore open(Path file, long validLength) {
    try {
      Files.createDirectories(file.getParent());
      var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      long size = channel.size();
      if (size < validLength) {
        channel.close();
        throw new CorruptStoreException(file + " is shorter (" + size + " bytes) than its index says (" + validLength + ")");
      }
      if (size > validLength) {
        channel.truncate(validLength);
      }
      return new PackStore(file, channel, validLength);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new pack in a temporary file, removed when closed by {@link #delete} or when the JVM exits. */
  public static PackStore temporary(String prefix) {
    try {
      Path file = Files.createTempFile(prefix, ".pack");
      file.toFile().deleteOnExit();
      return create(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file: " + e.getMessage(), e);
    }
  }

  /** Closes the pack and removes its file. */
  public void delete() {
    close();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file: removed at exit in any case
    }
  }

  /** A new, empty pack (an existing file is emptied). */
  public static PackStore create(Path file) {
    return open(file, 0).emptied();
  }

  private PackStore emptied() {
    try {
      channel.truncate(0);
      end.set(0);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Appends bytes.
   *
   * @param id what the bytes are (see {@link Blob#id()})
   */
  public Blob put(byte[] bytes, String id) {
    long at = end.getAndAdd(bytes.length);
    var buf = ByteBuffer.wrap(bytes);
    try {
      for (long pos = at; buf.hasRemaining(); ) {
        pos += channel.write(buf, pos);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return new Blob(id, at, bytes.length, crc(bytes));
  }

  public Blob put(String text, String id) {
    return put(text.getBytes(StandardCharsets.UTF_8), id);
  }

  /** The blob's bytes, checked against their checksum. */
  public byte[] read(Blob blob) {
    byte[] out = readUnchecked(blob);
    if (crc(out) != blob.crc()) {
      throw new CorruptStoreException(file + " is damaged: the bytes at " + blob.offset() + " do not match their checksum");
    }
    return out;
  }

  /** CRC-32C: a checksum the JVM computes with one instruction per word, enough to find damage. */
  private static int crc(byte[] bytes) {
    var c = new java.util.zip.CRC32C();
    c.update(bytes);
    return (int) c.getValue();
  }

  /** The blob's bytes, not checked: for bytes this process wrote and serves (the dev server). */
  public byte[] readUnchecked(Blob blob) {
    if (blob.offset() + blob.length() > end.get()) {
      throw new CorruptStoreException(file + " is shorter than a blob it should hold");
    }
    byte[] out = new byte[blob.length()];
    var buf = ByteBuffer.wrap(out);
    try {
      for (long pos = blob.offset(); buf.hasRemaining(); ) {
        int n = channel.read(buf, pos);
        if (n < 0) {
          throw new CorruptStoreException(file + " ended early");
        }
        pos += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  public String text(Blob blob) {
    return new String(read(blob), StandardCharsets.UTF_8);
  }

  /** Bytes in the pack, live or not. */
  public long length() {
    return end.get();
  }

  public Path file() {
    return file;
  }

  /** Writes what was appended to the disk (before an index that names it is saved). */
  public void force() {
    try {
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing was pending: writes are positional and complete
    }
  }
}
