import { SNAPSHOT_LISTS, type Snapshot, type SnapshotList } from '@/domain/snapshot/snapshot';

/**
 * A snapshot handed to a store while it is still being checked, so that a store can write the lists that passed
 * while the later ones are checked (Kuzu's bulk load COPYs on its own threads while validation runs on this one).
 * Each list comes checked record by record and normalised; the checks across lists (references, a person's kind)
 * come last, in `whole()`. A store must not commit before `whole()` resolves: when it rejects, the snapshot is bad
 * and the store rolls back, so a bad snapshot writes nothing whichever list the problem is in.
 */
export interface SnapshotFeed {
  /** Records per list, as given (known at once; progress counts these). */
  readonly counts: Record<SnapshotList, number>;
  /** The list, checked and normalised; rejects with SnapshotRejected once the snapshot is known to be bad. */
  list<K extends SnapshotList>(name: K): Promise<NonNullable<Snapshot[K]>>;
  /** The whole snapshot once every check passed, references included; rejects with SnapshotRejected otherwise. */
  whole(): Promise<Snapshot>;
}

/**
 * The order lists are checked in and handed over: people before everything that points at them, and the lists
 * that cost Kuzu the most per unit of checking early (relationships: ~3 s of COPY for ~2 s of checks and writing),
 * so that its COPYs run while the rest is checked; deals last, whose tables are quick to write and COPY, so little
 * is left once the checks end; then the small records of relationship health, KPIs and handovers. Kuzu's bulk tables (kuzu-bulk-load.ts) come in this order.
 */
export const FEED_ORDER: readonly SnapshotList[] = [
  'companies', 'managers', 'reps', 'relationships', 'employments', 'contracts', 'portfolio', 'reportsTo', 'introductions',
  'interactions', 'deals', 'trustOverrides', 'revenueTargets', 'strategyChanges',
];

/** The feed's answer when its snapshot failed a check: the validation reports which records. */
export class SnapshotRejected extends Error {
  constructor() {
    super('The snapshot has bad records and is not imported');
  }
}

/** A feed of a snapshot already checked as a whole. */
export function feedOf(snapshot: Snapshot): SnapshotFeed {
  const counts = Object.fromEntries(SNAPSHOT_LISTS.map((l) => [l, snapshot[l]?.length ?? 0])) as Record<SnapshotList, number>;
  return {
    counts,
    list: async (name) => (snapshot[name] ?? []) as never,
    whole: async () => snapshot,
  };
}
