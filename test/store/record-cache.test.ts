import { RecordCache } from '@/store/record-cache';
import { openTestStore } from '../helpers/engines';
import { aRep } from '../helpers/factories';
import { type Rep } from '@/domain/person/person';

describe('RecordCache', () => {
  it('keeps what a read put and hands it back frozen, deeply', () => {
    const cache = new RecordCache(10);
    const token = cache.begin();
    cache.put(token, 'company', 'c1', { id: 'c1', customFields: { a: [1] } });
    const hit = cache.get<{ id: string; customFields: { a: number[] } }>('company', 'c1')!;
    expect(hit.id).toBe('c1');
    expect(() => {
      (hit as { id: string }).id = 'x';
    }).toThrow(TypeError);
    expect(() => hit.customFields.a.push(2)).toThrow(TypeError);
    expect(cache.get('person', 'c1')).toBeUndefined();
  });

  it('drops what a read begun before a commit brings back after it', () => {
    const cache = new RecordCache(10);
    const token = cache.begin();
    cache.clear(); // a commit while the read was running
    cache.put(token, 'company', 'c1', { id: 'c1' });
    expect(cache.get('company', 'c1')).toBeUndefined();
    cache.put(cache.begin(), 'company', 'c1', { id: 'c1' });
    expect(cache.get('company', 'c1')).toEqual({ id: 'c1' });
  });

  it('forgets the least recently used record beyond its size, and everything when told', () => {
    const cache = new RecordCache(2);
    const t = cache.begin();
    cache.put(t, 'k', 'a', { id: 'a' });
    cache.put(t, 'k', 'b', { id: 'b' });
    cache.get('k', 'a'); // a is now more recent than b
    cache.put(t, 'k', 'c', { id: 'c' });
    expect([cache.get('k', 'a'), cache.get('k', 'b'), cache.get('k', 'c')].map((r) => (r as { id: string } | undefined)?.id)).toEqual(['a', undefined, 'c']);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('keeps the most recently read beyond its size over many reads and puts (a second chance, not a move per hit)', () => {
    const cache = new RecordCache(3);
    const t = cache.begin();
    const ids = (): string[] => ['a', 'b', 'c', 'd', 'e'].filter((id) => cache.get('k', id) !== undefined);
    for (const id of ['a', 'b', 'c']) cache.put(t, 'k', id, { id });
    cache.get('k', 'a');
    cache.get('k', 'b');
    cache.put(t, 'k', 'd', { id: 'd' }); // c was not read: it goes
    expect(cache.size).toBe(3);
    expect(['a', 'b', 'd'].every((id) => cache.get('k', id))).toBe(true); // all three read now
    cache.put(t, 'k', 'e', { id: 'e' }); // each was read: the oldest read first goes (a)
    expect(ids()).toEqual(['b', 'd', 'e']);
  });

  it('drops at a change only the entries that mention an id it names; a change it cannot place empties it', () => {
    const cache = new RecordCache(10);
    const t = cache.begin();
    cache.put(t, 'person', 'r1', { id: 'r1' });
    cache.put(t, 'person', 'r2', { id: 'r2' });
    cache.put(t, 'interactions-of', 'r3', [{ personId: 'r3', i: { id: 'i1', managerIds: ['m1'], repIds: ['r3'] } }]);
    cache.put(t, 'deals-of', 'c1', [{ d: { id: 'd1', companyId: 'c1' } }]);
    cache.apply([{ type: 'person', id: 'm1' }]); // named inside the interaction list
    expect([cache.get('person', 'r1'), cache.get('interactions-of', 'r3')].map(Boolean)).toEqual([true, false]);
    cache.apply([{ type: 'deal', id: 'd2', linked: ['c1'] }]); // a new deal of c1: its list gains it
    expect([cache.get('person', 'r2'), cache.get('deals-of', 'c1')].map(Boolean)).toEqual([true, false]);
    cache.put(cache.begin(), 'deals-of', 'c1', [{ d: { id: 'd1', companyId: 'c1' } }]);
    cache.apply([{ type: 'deal', id: 'd9' }]); // a row from before `linked`: where it goes is unknown
    expect(cache.size).toBe(0);
  });

  it('with size 0 keeps nothing', () => {
    const cache = new RecordCache(0);
    cache.put(cache.begin(), 'k', 'a', { id: 'a' });
    expect(cache.size).toBe(0);
  });
});

describe('the embedded store and its record cache', () => {
  const rep = (name: string): Rep => aRep('rc1', name);

  it('answers reads after a commit with what was committed, and serves repeated reads without the engine', async () => {
    const opened = await openTestStore('kuzu');
    const store = opened.store;
    try {
      await store.write((ops) => ops.savePerson(rep('前')));
      expect((await store.read.peopleByIds(['rc1']))[0]?.name).toBe('前');
      const trips = store.stats.roundTrips;
      expect((await store.read.peopleByIds(['rc1']))[0]?.name).toBe('前');
      expect(store.stats.roundTrips).toBe(trips);

      await store.write((ops) => ops.savePerson({ ...rep('後'), version: 2 }));
      expect((await store.read.peopleByIds(['rc1']))[0]).toMatchObject({ name: '後', version: 2 });

      // a failed transaction tells nothing and changes nothing
      await expect(store.write(async (ops) => {
        await ops.savePerson({ ...rep('失敗'), version: 3 });
        throw new Error('boom');
      })).rejects.toThrow('boom');
      expect((await store.read.peopleByIds(['rc1']))[0]?.name).toBe('後');

      await store.write((ops) => ops.deletePerson('rc1'));
      expect(await store.read.peopleByIds(['rc1'])).toEqual([null]);
    } finally {
      await opened.close();
    }
  });

  it('lets tests and benchmarks empty it, or read past it through withoutRecordCache (the same store otherwise)', async () => {
    const opened = await openTestStore('kuzu');
    const store = opened.store;
    try {
      await store.write((ops) => ops.savePerson(rep('前')));
      await store.read.peopleByIds(['rc1']);
      let trips = store.stats.roundTrips;
      await store.read.peopleByIds(['rc1']);
      expect(store.stats.roundTrips).toBe(trips); // cached

      store.clearCaches();
      await store.read.peopleByIds(['rc1']);
      expect(store.stats.roundTrips).toBe(trips + 1); // emptied: to the engine once, then cached again

      const uncached = store.withoutRecordCache();
      expect(uncached).not.toBe(store);
      trips = store.stats.roundTrips;
      expect((await uncached.read.peopleByIds(['rc1']))[0]?.name).toBe('前');
      await uncached.read.peopleByIds(['rc1']);
      expect(store.stats.roundTrips).toBe(trips + 2); // every read reaches the engine
      // writes through the view are the store's own: its cached reads see them
      await uncached.write((ops) => ops.savePerson({ ...rep('後'), version: 2 }));
      expect((await store.read.peopleByIds(['rc1']))[0]?.name).toBe('後');
      expect(uncached.engine).toBe('kuzu');
    } finally {
      await opened.close();
    }
  });

  it('keeps edge reads per id too, and answers them anew after a commit', async () => {
    const opened = await openTestStore('kuzu');
    const store = opened.store;
    try {
      await store.write(async (ops) => {
        await ops.savePerson(rep('担当'));
        await ops.saveCompany({ id: 'co1', name: 'Co 1', version: 1 } as never);
        await ops.saveCompany({ id: 'co2', name: 'Co 2', version: 1 } as never);
        await ops.saveEmployment({ id: 'e1', repId: 'rc1', companyId: 'co1', title: null, department: null, since: '2020-01-01', until: '2024-01-01' });
      });
      const history = async () => (await store.read.employmentsByRepIds(['rc1', 'rc1']))[1].map((e) => e.companyId);
      expect(await history()).toEqual(['co1']);
      const trips = store.stats.roundTrips;
      expect(await history()).toEqual(['co1']);
      expect(store.stats.roundTrips).toBe(trips);
      await store.write((ops) => ops.saveEmployment({ id: 'e2', repId: 'rc1', companyId: 'co2', title: null, department: null, since: '2024-01-02', until: null }));
      expect(await history()).toEqual(['co2', 'co1']);
      const [now] = await store.read.employmentsByCompanyIds(['co2'], true, '2026-01-01');
      expect(now.map((e) => e.repId)).toEqual(['rc1']);
      // the same read for another day is another entry (on 2023-01-01 rc1 had not started at co2 yet)
      expect((await store.read.employmentsByCompanyIds(['co2'], true, '2023-01-01'))[0]).toEqual([]);
      expect((await store.read.employmentsByCompanyIds(['co1'], true, '2023-01-01'))[0].map((e) => e.repId)).toEqual(['rc1']);
      expect((await store.read.employmentsByCompanyIds(['co1'], true, '2025-01-01'))[0]).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('a read racing a commit never leaves the older record behind', async () => {
    const opened = await openTestStore('kuzu');
    const store = opened.store;
    try {
      await store.write((ops) => ops.savePerson(rep('v1')));
      for (let i = 2; i <= 20; i++) {
        // a read and a write side by side, in either order of completion
        await Promise.all([store.read.peopleByIds(['rc1']), store.write((ops) => ops.savePerson({ ...rep(`v${i}`), version: i }))]);
        expect((await store.read.peopleByIds(['rc1']))[0]?.name).toBe(`v${i}`);
      }
    } finally {
      await opened.close();
    }
  });
});
