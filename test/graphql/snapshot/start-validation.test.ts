/**
 * startValidation hands each list over once it and every list before it passed, and says "rejected" for the rest
 * (and for the whole) as soon as something fails, while `result` still reports every bad record.
 */
import { collectSnapshot, generateSnapshot } from '@/generator';
import { SNAPSHOT_LISTS } from '@/domain/snapshot/snapshot';
import { type GraphOperations } from '@/store/graph-operations';
import { FEED_ORDER, SnapshotRejected } from '@/store/snapshot-feed';
import { startValidation } from '@/wiring/snapshot';

type Raw = Record<string, Record<string, unknown>[]>;
const read = { peopleByIds: async (ids: string[]) => ids.map(() => null), existingIds: async () => new Set<string>(), run: async () => [] } as unknown as GraphOperations;
const generated = (): Raw => collectSnapshot(generateSnapshot({ people: 200, seed: 'start-validation' })) as unknown as Raw;

async function settled(p: Promise<unknown>): Promise<'ok' | 'rejected'> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(SnapshotRejected);
    return 'rejected';
  }
}

it('a good snapshot: every list, then the whole, equal to the result', async () => {
  const raw = generated();
  const { feed, result } = startValidation(raw, read);
  expect(feed.counts).toEqual(Object.fromEntries(SNAPSHOT_LISTS.map((l) => [l, raw[l]?.length ?? 0])));
  const v = await result;
  expect(v.problems).toEqual([]);
  for (const l of SNAPSHOT_LISTS) expect(await feed.list(l)).toEqual(v.snapshot![l]);
  expect(await feed.whole()).toEqual(v.snapshot);
});

it('a bad record: the lists before it are handed over, its own and later ones and the whole are rejected', async () => {
  const raw = generated();
  raw.relationships[3] = { ...raw.relationships[3], trust: 7 };
  raw.deals.push({ ...raw.deals[0], id: 'also-bad', stage: 'MAYBE' });
  const { feed, result } = startValidation(raw, read);
  const states = Object.fromEntries(await Promise.all(SNAPSHOT_LISTS.map(async (l) => [l, await settled(feed.list(l))])));
  // in the order lists are checked (FEED_ORDER): those before relationships are handed over
  const at = FEED_ORDER.indexOf('relationships');
  expect(at).toBeGreaterThan(0);
  expect(states).toEqual(Object.fromEntries(FEED_ORDER.map((l, i) => [l, i < at ? 'ok' : 'rejected'])));
  expect(await settled(feed.whole())).toBe('rejected');
  const v = await result;
  expect(v.snapshot).toBeNull();
  expect(v.problems.map((p) => `${p.list}[${p.index}].${p.field}`)).toEqual(['relationships[3].trust', `deals[${raw.deals.length - 1}].stage`]);
});

it('a reference across lists: every list is handed over, the whole is rejected', async () => {
  const raw = generated();
  raw.reportsTo.push({ repId: String(raw.reps[0].id), bossId: 'ghost' });
  const { feed, result } = startValidation(raw, read);
  for (const l of SNAPSHOT_LISTS) expect(await settled(feed.list(l))).toBe('ok');
  expect(await settled(feed.whole())).toBe('rejected');
  expect((await result).problems).toEqual([expect.objectContaining({ list: 'reportsTo', field: 'bossId' })]);
});

it('not an object at all: everything rejected', async () => {
  const { feed, result } = startValidation([1, 2], read);
  expect(await settled(feed.list('companies'))).toBe('rejected');
  expect(await settled(feed.whole())).toBe('rejected');
  expect((await result).problems).toEqual([expect.objectContaining({ list: 'snapshot', reason: 'must be a JSON object' })]);
});

it('a sparse list (only JavaScript callers can make one): its holes are skipped, the rest goes through', async () => {
  const reps: unknown[] = [{ id: 'r1', name: 'A' }];
  reps[2] = { id: 'r2', name: 'B' };
  const { feed, result } = startValidation({ reps }, read);
  expect((await result).problems).toEqual([]);
  expect((await feed.list('reps')).map((r) => r.id)).toEqual(['r1', 'r2']);
});
