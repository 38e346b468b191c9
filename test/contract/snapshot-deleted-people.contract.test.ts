/**
 * Issue 12: a backup restores after a person with history is deleted. Deleting a manager or a rep keeps their id on
 * deals and interactions (history stays) and the id is never given again. The snapshot carries those ids
 * (`deletedPeople`: id, kind, deletedAt), the import accepts references to them and remembers them (still never
 * given again after a restore), and export → import into an empty store → export is exact, on both engines. Fails
 * closed: a reference to nothing is still refused, and an id both deleted and live is refused.
 */
import { importSnapshot } from '@/wiring/snapshot';
import { exportSnapshot } from '@/store/snapshot-export';
import { appErrorExtensions } from '@/graphql/errors/format-error';
import { type AppError } from '@/app/errors';
import { type GraphStore } from '@/store/graph-store';
import { describeEachEngine, openTestStore } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { rejection } from '../helpers/rejection';
import { sampleSnapshot } from '../helpers/sample-snapshot';

function network(): Record<string, any> {
  const s = sampleSnapshot();
  return {
    ...s,
    managers: [...s.managers, { id: 'm2', name: '退職 予定' }],
    reps: [...s.reps, { id: 'r3', name: '転職 予定' }],
    portfolio: [...s.portfolio, { managerId: 'm2', companyId: 'c2' }],
    relationships: [...s.relationships, { a: 'm2', b: 'r3', trust: 0.6 }],
    // an introduction made to the manager who is deleted keeps naming them (found by an outsider: the backup of a
    // team that deleted a manager who had received introductions did not restore)
    introductions: [...s.introductions, { introducerId: 'r1', introducedId: 'r2', toManagerId: 'm2', at: '2024-06-20', outcome: 'PENDING' }],
    interactions: [...s.interactions, { id: 'i2', at: '2024-07-01T10:00:00+09:00', channel: 'CALL', managerIds: ['m2'], repIds: ['r3', 'r1'] }],
    deals: [...s.deals, {
      id: 'd2', companyId: 'c2', repId: 'r3', managerId: 'm2', product: 'SFA', amount: 1000000, stage: 'OPEN', proposedAt: '2024-07-01',
    }],
  };
}

const bad = (err: AppError): string[] =>
  (appErrorExtensions(err).records as { list: string; index: number; field: string; reason: string }[]).map((r) => `${r.list}[${r.index}].${r.field}: ${r.reason}`);

describeEachEngine('snapshot: deleted people with history', (store, engine) => {
  let api: TestApi;
  let exported: Record<string, any>;
  beforeAll(async () => {
    api = await TestApi.create(store());
    await importSnapshot(store(), network());
    expect(await api.ok('mutation { a: deleteManager(id: "m2") b: deleteRep(id: "r3") }')).toEqual({ a: 'm2', b: 'r3' });
    exported = JSON.parse(JSON.stringify(await exportSnapshot(store().read)));
  });
  afterAll(() => api?.stop());

  it('exports the deleted people their records still name, with kind and when', () => {
    expect(exported.deals.find((d: any) => d.id === 'd2')).toMatchObject({ repId: 'r3', managerId: 'm2' });
    expect(exported.introductions).toContainEqual(expect.objectContaining({ introducerId: 'r1', introducedId: 'r2', toManagerId: 'm2' }));
    expect(exported.deletedPeople).toEqual([
      { id: 'm2', kind: 'MANAGER', deletedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      { id: 'r3', kind: 'REP', deletedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    ]);
  });

  it('imports over the same graph (idempotent)', async () => {
    await importSnapshot(store(), exported);
    expect(JSON.parse(JSON.stringify(await exportSnapshot(store().read)))).toEqual(exported);
  });

  it('an id never given again: a new rep or manager under a deleted id is CONFLICT', async () => {
    for (const q of ['mutation { createRep(input: { id: "r3", name: "新人" }) { id } }', 'mutation { createManager(input: { id: "m2", name: "新人" }) { id } }']) {
      const r = await api.run(q);
      expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
    }
  });

  describe('into an empty store', () => {
    let fresh: Awaited<ReturnType<typeof openTestStore>>;
    let other: GraphStore;
    beforeAll(async () => {
      fresh = await openTestStore(engine); // Kuzu: a new directory; Neo4j: the test server wiped
      other = fresh.store;
    });
    afterAll(() => fresh?.close());

    it('round trip: export → import into an empty store → export gives the same snapshot', async () => {
      await importSnapshot(other, exported);
      expect(JSON.parse(JSON.stringify(await exportSnapshot(other.read)))).toEqual(exported);
      await importSnapshot(other, exported); // again, over itself
      expect(JSON.parse(JSON.stringify(await exportSnapshot(other.read)))).toEqual(exported);
    });

    it('remembers the deleted ids after the restore: they are never given again', async () => {
      const restored = await TestApi.create(other);
      try {
        const r = await restored.run('mutation { createRep(input: { id: "m2", name: "新人" }) { id } }');
        expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
        expect(r.errors?.[0].message).toContain('m2');
      } finally {
        await restored.stop();
      }
    });

    it('an old snapshot without deletedPeople imports where the graph remembers them (additive change)', async () => {
      const { deletedPeople: _omitted, ...old } = exported;
      await importSnapshot(other, old);
      expect(JSON.parse(JSON.stringify(await exportSnapshot(other.read)))).toEqual(exported);
    });

    it('still refuses a reference to nothing, and an id both deleted and live, and a deleted person of the wrong kind', async () => {
      const before = await exportSnapshot(other.read);
      const err = await rejection<AppError>(importSnapshot(other, {
        deletedPeople: [{ id: 'r1', kind: 'REP', deletedAt: '2025-01-01T00:00:00Z' }, { id: 'm9', kind: 'MANAGER', deletedAt: null }, { id: 'x1', kind: 'REP' }],
        managers: [{ id: 'm9', name: '生きている' }],
        deals: [
          { id: 'd8', companyId: 'c1', managerId: 'ghost', product: 'X', stage: 'OPEN' },
          { id: 'd9', companyId: 'c1', managerId: 'x1', product: 'X', stage: 'OPEN' },
        ],
        // an introduction's ends are the link itself: a deleted person cannot be one (only the manager it was made to)
        introductions: [{ introducerId: 'r3', introducedId: 'r1', toManagerId: 'm1', at: '2024-06-21', outcome: 'MET' }],
      }));
      expect(appErrorExtensions(err).code).toBe('BAD_USER_INPUT');
      expect(bad(err)).toEqual(expect.arrayContaining([
        expect.stringMatching(/^deletedPeople\[0\]\.id: "r1" is a live rep in the graph/),
        expect.stringMatching(/^deletedPeople\[1\]\.id: "m9" is also in managers/),
        'deals[0].managerId: "ghost" is neither in this snapshot nor in the graph',
        'deals[1].managerId: "x1" is a deleted rep, a manager is needed',
        'introductions[0].introducerId: "r3" is a deleted rep; only deals, interactions and an introduction\'s toManagerId may name a deleted person',
      ]));
      expect(await exportSnapshot(other.read)).toEqual(before);
    });

    it('refuses to give a deleted id to a person again through an import', async () => {
      const err = await rejection<AppError>(importSnapshot(other, { reps: [{ id: 'r3', name: '戻ってきた' }] }));
      expect(bad(err)).toEqual([expect.stringMatching(/^reps\[0\]\.id: "r3" belonged to a rep deleted at .*never given again/)]);
    });

    it('refuses malformed entries with the field and what is allowed', async () => {
      const err = await rejection<AppError>(importSnapshot(other, {
        deletedPeople: [{ id: 'z1', kind: 'BOSS' }, { id: '', kind: 'REP' }, { id: 'z2', kind: 'REP', deletedAt: 'yesterday', why: 1 }, 'z3', { id: 'z1', kind: 'MANAGER' }],
      }));
      expect(bad(err)).toEqual([
        'deletedPeople[0].kind: must be one of: MANAGER, REP',
        expect.stringMatching(/^deletedPeople\[1\]\.id: /),
        expect.stringMatching(/^deletedPeople\[2\]\.deletedAt: must be an ISO 8601 instant/),
        'deletedPeople[2].why: unknown field; allowed: id, kind, deletedAt',
        'deletedPeople[3].: must be an object',
        'deletedPeople[4].id: duplicates record 0 of deletedPeople',
      ]);
    });
  });
});
