import { GraphStore } from '@/store/graph-store';
import type { WriteFeed } from '@/store/commit-feed';

export type { WriteBatch, WriteFeed, WriteStatement } from '@/store/commit-feed';

/** The after-commit feed of `store` (see src/store/commit-feed.ts). */
export function writeFeedOf(store: GraphStore): WriteFeed {
  return store.commits;
}
