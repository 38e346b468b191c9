/** The snapshot generator's public surface: a seeded, pure, streaming generator of partner networks. */
export { generateSnapshot, snapshotJsonChunks, collectSnapshot } from './snapshot-stream';
export type { GeneratedSnapshot, SnapshotList, JsonStreamOptions } from './snapshot-stream';
export { networkSizes } from './world';
export type { GeneratorOptions, ProgressEvent } from './world';
export { GENERATED_AS_OF } from './calendar';
