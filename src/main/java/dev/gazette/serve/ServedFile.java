package dev.gazette.serve;

import dev.gazette.store.Blob;
import java.nio.file.Path;

/**
 * One file the dev server answers with: rendered bytes in its pack, or a static file read from
 * where the build found it.
 *
 * @param blob where the rendered bytes are, or null for a static file
 * @param copyFrom the static file, or null
 */
record ServedFile(String path, Blob blob, Path copyFrom) {}
