package dev.gazette.output;

/**
 * What a build knows of one file it left in the output, so the next build can tell whether the
 * file is still as written and link it instead of writing it again.
 *
 * @param size the size in bytes
 * @param mtime the modification time written, in milliseconds
 */
public record OutputRecord(long size, long mtime) {
  /** Whether {@code attrs} (read without following links) are of the regular file this records. */
  boolean describes(java.nio.file.attribute.BasicFileAttributes attrs) {
    return attrs.isRegularFile() && attrs.size() == size && attrs.lastModifiedTime().toMillis() == mtime;
  }
}
