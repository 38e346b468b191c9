import kuzu, { type Database } from 'kuzu';
import { KUZU_BUFFER_POOL_MB } from '@/config';

/**
 * Kuzu 0.11.3 compresses column chunks by default, and one of its encodings corrupts string columns: a STRING column
 * stores per row an index into the chunk's dictionary, bit-packed with a frame of reference (the smallest index is
 * subtracted) when that saves a bit. When the checkpoint writes rows whose value is NULL into such a chunk in place,
 * it counts each NULL as index 0 in the chunk's minimum (StringColumn::writeSegment), so the frame of reference moves
 * to 0 and every other row of the chunk reads the string of another row, or an index past the dictionary (a SIGSEGV).
 * A chunk gets such a frame once its dictionary's first entry is no longer used and it is rewritten: an import into
 * a populated graph sets every row's strings, so right after it, creating one company with no reading (nameKana null)
 * and checkpointing (a restart, an import, a close) turned nameKana, industry, strengths and challenges of every
 * other company into another row's values (measured at 1,000 people; the kill -9 soak's "mixed reads").
 *
 * So the embedded graph is written uncompressed: chunks written so stay uncompressed whatever later opens them, and an
 * uncompressed chunk has no frame of reference to move. Every process that opens the file (the store, the WAL-replay
 * child in kuzu-recovery.ts) must pass this, or the chunks it rewrites are compressed again. The cost is disk: the
 * 1,000-person graph takes 67.3 MB after its first import instead of 25.5 MB, 163.7 MB instead of 75.1 MB after a
 * second import into it. A graph written compressed by an earlier version is rebuilt once (uncompressed-rebuild.ts).
 */
export const KUZU_COMPRESSION = false;

/** A Kuzu database on `path`, opened with the settings every Tsunagu process uses (see KUZU_COMPRESSION); 0 MiB: Kuzu's own buffer pool. */
export function openKuzuDatabase(path: string, bufferPoolMb: number = KUZU_BUFFER_POOL_MB): Database {
  return new kuzu.Database(path, bufferPoolMb * 1024 * 1024, KUZU_COMPRESSION);
}
