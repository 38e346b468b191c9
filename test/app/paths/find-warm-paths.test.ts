/**
 * findWarmPaths without GraphQL: the same searches through both neighbourhood sources (the in-memory network and the
 * store's per-search reads) give the same paths, reasons and members, and the same errors (src/app/errors).
 */
import { AppError, InvalidInput, NotFound } from '@/app/errors';
import { chooseNeighbourhoodSource } from '@/app/paths/choose-neighbourhood-source';
import { findWarmPaths } from '@/app/paths/find-warm-paths';
import { InMemoryNeighbourhoods } from '@/app/paths/in-memory-neighbourhoods';
import { type NeighbourhoodSource } from '@/app/paths/neighbourhood-source';
import { StoreNeighbourhoods } from '@/app/paths/store-neighbourhoods';
import { type WarmPathQuery } from '@/app/paths/warm-path';
import { importSnapshot } from '@/wiring/snapshot';
import { type OpenedStore, openTestStore } from '../../helpers/engines';
import { JUDGED_ON, pathsSnapshot } from '../../contract/paths.fixture';

/** Pinned: the scenario's trust fades with the day asked (paths.fixture.ts). */
const today = JUDGED_ON;
let opened: OpenedStore;
let inMemory: NeighbourhoodSource;
let fromStore: NeighbourhoodSource;

beforeAll(async () => {
  opened = await openTestStore('kuzu');
  await importSnapshot(opened.store, pathsSnapshot());
  inMemory = chooseNeighbourhoodSource(opened.store, 'on');
  fromStore = chooseNeighbourhoodSource(opened.store, 'off');
  await inMemory.warmUp();
});
afterAll(() => opened.close());

const outcome = (q: Omit<WarmPathQuery, 'today'>) => (source: NeighbourhoodSource) =>
  findWarmPaths(source, { ...q, today }).then((paths) => ({ paths }), (e: unknown) => {
    if (!(e instanceof AppError)) throw e;
    return { error: e.constructor.name, message: e.message, fields: e instanceof InvalidInput ? e.fields : undefined };
  });

it('the source is chosen once: in memory when on (or auto on Kuzu), the store when off', () => {
  expect(inMemory).toBeInstanceOf(InMemoryNeighbourhoods);
  expect(fromStore).toBeInstanceOf(StoreNeighbourhoods);
  expect(chooseNeighbourhoodSource(opened.store)).toBeInstanceOf(InMemoryNeighbourhoods); // auto on Kuzu
});

it.each([
  { to: 'r2', from: 'm1' },
  { to: 'r2' },
  { to: 'c1' },
  { to: 'r4', from: 'm1', maxHops: 3, limit: 3 },
  { to: 'r2', from: 'm1', avoid: ['r1'] },
  { to: 'r2', from: 'm1', minTrust: 0.7 },
])('both sources give the same answer to %j', async (q) => {
  const [a, b] = await Promise.all([outcome(q)(inMemory), outcome(q)(fromStore)]);
  expect(a).toEqual(b);
  expect('paths' in a && a.paths.length).toBeGreaterThan(0);
});

it('finds the strongest paths with their reasons and whom to ask', async () => {
  const [best] = await findWarmPaths(fromStore, { to: 'r2', from: 'm1', today });
  expect(best.people).toEqual(['m1', 'r1', 'r2']);
  expect(best.strength).toBeCloseTo(0.81);
  expect(best.steps).toHaveLength(2);
  expect(best.steps[0].reason).toContain('trust 0.9');
  expect(best.members.map((m) => m.personId)).toEqual(['m1', 'r1', 'r2']);
});

it.each([
  [{ to: 'nobody' }, NotFound, 'No person or company with id "nobody"'],
  [{ to: 'r2', from: 'r1' }, InvalidInput, 'Invalid from: "r1" is a rep; from must be one of our managers'],
  [{ to: 'r2', from: 'c1' }, InvalidInput, 'Invalid from: "c1" is a company; from must be one of our managers'],
  [{ to: 'r2', avoid: ['ghost'] }, NotFound, 'No person with id "ghost"'],
  [{ to: 'r2', avoid: ['r2'] }, InvalidInput, 'Invalid avoid: names "r2", the target given as to; a path cannot avoid where it ends (leave one out)'],
  [{ to: 'r2', maxHops: 7 }, InvalidInput, 'Invalid maxHops: must be a whole number from 1 to 6'],
  [{ to: 'r2', limit: 0 }, InvalidInput, 'Invalid limit: must be a whole number from 1 to 50'],
  [{ to: 'r2', minTrust: 1.5 }, InvalidInput, 'Invalid minTrust: must be from 0 to 1'],
])('refuses %j the same way through both sources', async (q, kind, message) => {
  for (const source of [inMemory, fromStore]) {
    const e = await findWarmPaths(source, { ...q, today }).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(kind);
    expect((e as Error).message).toBe(message);
  }
});

it('tells a blank id once, by its own field and each avoid item, not again as an avoided start or end', async () => {
  for (const source of [inMemory, fromStore]) {
    const e = await findWarmPaths(source, { to: ' ', from: ' ', avoid: [' ', 'r1'], today }).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(InvalidInput);
    expect((e as InvalidInput).fields.map((f) => f.field)).toEqual(['to', 'from', 'avoid[0]']);
  }
});

it('a load computes every tie for the day searches ask on, so the first search after it computes none again', async () => {
  const day = '2026-10-31';
  const source = chooseNeighbourhoodSource(opened.store, 'on') as InMemoryNeighbourhoods;
  await source.warmUp(day);
  const network = await source.cache.ready();
  const computed = jest.spyOn(network, 'neighbours');
  try {
    await findWarmPaths(source, { to: 'r2', today: day });
    expect(computed).not.toHaveBeenCalled();
    await findWarmPaths(source, { to: 'r2', today: '2026-11-01' }); // a new day: trust is computed again for it
    expect(computed).toHaveBeenCalled();
  } finally {
    computed.mockRestore();
  }
});
