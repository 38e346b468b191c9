/**
 * The generated snapshot as a stream: the lists in the contract's order, and their JSON text in chunks.
 * Nothing here does I/O; the CLI (src/cli/generate.ts) writes the chunks to a file with backpressure.
 */
import { type JsonRecord, recordLists } from './records';
import { type GeneratorOptions, type ProgressEvent, type World, buildWorld } from './world';

export interface SnapshotList {
  name: string;
  /** A fresh pass over the list's records; each call yields the same records. */
  records: () => Iterable<JsonRecord>;
}

export interface GeneratedSnapshot {
  version: 1;
  world: World;
  lists: SnapshotList[];
}

/** Builds the network model (the costly part) and returns lazily generated lists. Pure: seed in, data out. */
export function generateSnapshot(options: GeneratorOptions): GeneratedSnapshot {
  const world = buildWorld(options);
  return { version: 1, world, lists: recordLists(world) };
}

export interface JsonStreamOptions {
  /** Approximate size of a chunk, in UTF-16 code units. */
  chunkSize?: number;
  /** Called every `progressEvery` records of a list and at the end of each list (`total` = records so far). */
  onProgress?: (event: ProgressEvent) => void;
  progressEvery?: number;
}

/**
 * The snapshot as JSON text, in chunks of about `chunkSize` characters: one record per line, lists in
 * the contract's order. Concatenated, the chunks are one JSON document.
 */
export function* snapshotJsonChunks(snapshot: GeneratedSnapshot, options: JsonStreamOptions = {}): Generator<string> {
  const chunkSize = options.chunkSize ?? 1 << 18;
  const every = options.progressEvery ?? 100_000;
  let chunk = `{"version":${snapshot.version}`;
  for (const list of snapshot.lists) {
    chunk += `,\n${JSON.stringify(list.name)}:[`;
    let count = 0;
    for (const record of list.records()) {
      chunk += (count === 0 ? '\n' : ',\n') + JSON.stringify(record);
      count++;
      if (chunk.length >= chunkSize) {
        yield chunk;
        chunk = '';
      }
      if (count % every === 0) options.onProgress?.({ phase: list.name, done: count, total: -1 });
    }
    chunk += count === 0 ? ']' : '\n]';
    options.onProgress?.({ phase: list.name, done: count, total: count });
  }
  yield `${chunk}}\n`;
}

/** The whole snapshot as one object: for tests and small sizes only. */
export function collectSnapshot(snapshot: GeneratedSnapshot): Record<string, unknown> & { version: 1 } {
  const out: Record<string, unknown> & { version: 1 } = { version: snapshot.version };
  for (const list of snapshot.lists) out[list.name] = [...list.records()];
  return out;
}
