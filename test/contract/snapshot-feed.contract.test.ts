/**
 * A store may write a snapshot's lists while later ones are still being checked (Kuzu's bulk load into an empty
 * graph does), so it must commit only after the feed's verdict on the whole snapshot. Each test starts from an empty
 * graph, the case where Kuzu COPYs ahead; the rejected ones must leave it empty and the store usable.
 */
import { collectSnapshot, generateSnapshot } from '@/generator';
import { SNAPSHOT_LISTS, type Snapshot } from '@/domain/snapshot/snapshot';
import { importSnapshot } from '@/wiring/snapshot';
import { validateSnapshot } from '@/wiring/snapshot';
import { type GraphStore, type ImportProgress } from '@/store/graph-store';
import { type SnapshotFeed, SnapshotRejected, feedOf } from '@/store/snapshot-feed';
import { exportSnapshot } from '@/store/snapshot-export';
import { testEngines, openTestStore, type OpenedStore } from '../helpers/engines';
import { rejection } from '../helpers/rejection';
import { appErrorExtensions } from '@/graphql/errors/format-error';
import { type AppError } from '@/app/errors';

type Raw = Record<string, Record<string, unknown>[]>;
const generated = (): Raw => collectSnapshot(generateSnapshot({ people: 300, seed: 'snapshot-feed' })) as unknown as Raw;

async function isEmpty(store: GraphStore): Promise<boolean> {
  const out = await exportSnapshot(store.read);
  return SNAPSHOT_LISTS.every((l) => ((out[l] as unknown[] | undefined)?.length ?? 0) === 0);
}

describe.each(testEngines())('importing while the snapshot is checked [%s]', (engine) => {
  let opened: OpenedStore;
  let valid: Snapshot;
  beforeEach(async () => {
    opened = await openTestStore(engine);
    const v = await validateSnapshot(generated(), opened.store.read);
    valid = v.snapshot!;
  });
  afterEach(async () => {
    await opened.close();
  });

  it('writes every list it is given, then rolls all of it back when the verdict on the whole is "bad"', async () => {
    const store = opened.store;
    let verdict!: (ok: boolean) => void;
    const decided = new Promise<boolean>((resolve) => { verdict = resolve; });
    const whole = feedOf(valid);
    const feed: SnapshotFeed = {
      counts: whole.counts,
      list: whole.list,
      whole: async () => {
        if (!(await decided)) throw new SnapshotRejected();
        return valid;
      },
    };
    const progress: ImportProgress[] = [];
    const writing = store.importSnapshot(feed, (p) => {
      progress.push(p);
      if (p.done === p.total) verdict(false); // every list written; only now the verdict comes
    });
    if (engine === 'neo4j') verdict(false); // Neo4j waits for the verdict before it writes anything
    expect(await rejection(writing)).toBeInstanceOf(SnapshotRejected);
    const total = SNAPSHOT_LISTS.reduce((n, l) => n + whole.counts[l], 0);
    if (engine === 'kuzu') expect(progress.at(-1)).toMatchObject({ done: total, total }); // it had COPYed everything
    expect(await isEmpty(store)).toBe(true);
    // and the store goes on: the same lists with a good verdict
    await store.importSnapshot(feedOf(valid));
    expect((await exportSnapshot(store.read)).reps).toHaveLength(valid.reps!.length);
  });

  it('a bad record in the last list: rejected with that record, nothing written', async () => {
    const raw = generated();
    raw.deals.push({ ...raw.deals[0], id: 'late-bad', amount: -5 });
    const err = await rejection<AppError>(importSnapshot(opened.store, raw));
    expect(appErrorExtensions(err).code).toBe('BAD_USER_INPUT');
    expect(appErrorExtensions(err).records).toEqual([expect.objectContaining({ list: 'deals', index: raw.deals.length - 1, field: 'amount' })]);
    expect(await isEmpty(opened.store)).toBe(true);
  });

  it('every record fine on its own, a reference across lists not: rejected, nothing written', async () => {
    const raw = generated();
    raw.relationships.push({ a: raw.reps[0].id, b: 'ghost', trust: 0.5 });
    raw.managers.push({ id: String(raw.reps[1].id), name: 'Twice' }); // a rep's id again, as a manager
    const err = await rejection<AppError>(importSnapshot(opened.store, raw));
    expect(appErrorExtensions(err).code).toBe('BAD_USER_INPUT');
    const where = (appErrorExtensions(err).records as { list: string; index: number; field: string }[]).map((r) => `${r.list}[${r.index}].${r.field}`);
    expect(where).toEqual(expect.arrayContaining([`relationships[${raw.relationships.length - 1}].b`, 'reps[1].id']));
    expect(await isEmpty(opened.store)).toBe(true);
  });

  it('a good snapshot: progress in records, ending at the total, and the graph holds it all', async () => {
    const raw = generated();
    const progress: ImportProgress[] = [];
    const result = await importSnapshot(opened.store, raw, (p) => progress.push(p));
    const total = SNAPSHOT_LISTS.reduce((n, l) => n + (raw[l]?.length ?? 0), 0);
    expect(result.total).toBe(total);
    expect(progress.at(-1)).toMatchObject({ done: total, total });
    for (let i = 1; i < progress.length; i++) expect(progress[i].done).toBeGreaterThanOrEqual(progress[i - 1].done);
    const out = await exportSnapshot(opened.store.read);
    for (const l of SNAPSHOT_LISTS) expect((out[l] as unknown[] | undefined)?.length ?? 0).toBe(raw[l]?.length ?? 0);
  });
});
