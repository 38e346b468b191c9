/** importSnapshot without GraphQL: a good snapshot is written whole; a bad one is InvalidInput naming every bad record, and writes nothing. */
import { InvalidInput } from '@/app/errors';
import { faults, importSnapshot } from '@/app/snapshot/import-snapshot';
import { validateSnapshot } from '@/app/snapshot/validate-snapshot';
import { SNAPSHOT_RECORD_RULES } from '@/wiring/snapshot';
import { exportSnapshot } from '@/store/snapshot-export';
import { takeSnapshot } from '@/app/snapshot/export-snapshot';
import { Forbidden } from '@/app/errors';
import { Role } from '@/domain/auth/actor';
import { type OpenedStore, openTestStore } from '../../helpers/engines';

let opened: OpenedStore;
beforeAll(async () => {
  opened = await openTestStore('kuzu');
});
afterAll(() => opened.close());

const good = () => ({
  version: 1,
  companies: [{ id: 'c1', name: 'アクメ' }],
  managers: [{ id: 'm1', name: '佐藤' }],
  reps: [{ id: 'r1', name: '田中', expertise: ['CRM'] }],
  employments: [{ repId: 'r1', companyId: 'c1', title: '部長', since: '2020-01-01' }],
  relationships: [{ a: 'm1', b: 'r1', trust: 0.8 }],
  deals: [{ id: 'd1', companyId: 'c1', product: 'CRM', stage: 'WON', repId: 'r1', managerId: 'm1', proposedAt: '2024-01-01', closedAt: '2024-02-01' }],
});

it('counts problems and the records they are in (a record may have several)', () => {
  expect(faults([{ list: 'reps', index: 0 }])).toBe('1 bad record');
  expect(faults([{ list: 'reps', index: 0 }, { list: 'reps', index: 0 }, { list: 'deals', index: 3 }])).toBe('3 problems in 2 records');
  expect(faults([{ list: 'reps', index: -1 }])).toBe('1 problem');
});

it('refuses a bad snapshot with every bad record and writes nothing', async () => {
  const bad = { ...good(), deals: [{ ...good().deals[0], closedAt: '2023-01-01' }], employments: [{ repId: 'ghost', companyId: 'c1' }] };
  const e = await importSnapshot(opened.store, bad, SNAPSHOT_RECORD_RULES).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(InvalidInput);
  const records = (e as InvalidInput).details.records as { list: string; index: number; field: string }[];
  expect(records.map((r) => `${r.list}[${r.index}].${r.field}`)).toEqual(['employments[0].repId', 'deals[0].closedAt']);
  expect((e as InvalidInput).fields.map((f) => f.field)).toEqual(['employments[0].repId', 'deals[0].closedAt']);
  expect((e as Error).message).toMatch(/^The snapshot has 2 bad records and was not imported: /);
  expect((await exportSnapshot(opened.store.read)).companies).toEqual([]);
});

it('imports a good snapshot whole and counts it', async () => {
  const result = await importSnapshot(opened.store, good(), SNAPSHOT_RECORD_RULES);
  expect(result.total).toBe(6);
  expect(result.counts.find((c) => c.list === 'deals')).toEqual({ list: 'deals', count: 1 });
  const out = await exportSnapshot(opened.store.read);
  expect((out.reps as { id: string; expertise: string[] }[]).map((r) => [r.id, r.expertise])).toEqual([['r1', ['CRM']]]);
});

it('checks references against the graph too (a stored person cannot change kind)', async () => {
  const v = await validateSnapshot({ reps: [{ id: 'm1', name: 'x' }] }, opened.store.read, SNAPSHOT_RECORD_RULES);
  expect(v.snapshot).toBeNull();
  expect(v.problems).toEqual([{ list: 'reps', index: 0, field: 'id', reason: '"m1" is stored as a manager; a person cannot change kind' }]);
});

it('takes the whole graph as a snapshot for admins only, and it imports back to the same graph', async () => {
  await expect(takeSnapshot(opened.store, { id: 'a', role: Role.ANALYST, managerId: null })).rejects.toEqual(new Forbidden('Only admins may take a snapshot of the whole graph', 'snapshot'));
  const taken = await takeSnapshot(opened.store, { id: 'admin', role: Role.ADMIN, managerId: null });
  expect(taken).toEqual(await exportSnapshot(opened.store.read));
  const other = await openTestStore('kuzu');
  try {
    await importSnapshot(other.store, taken, SNAPSHOT_RECORD_RULES);
    expect(await exportSnapshot(other.store.read)).toEqual(taken);
  } finally {
    await other.close();
  }
});

describe('issue 12: one clear reason for a value of the wrong kind', () => {
  const refusal = async (raw: unknown): Promise<InvalidInput> => {
    const e = await importSnapshot(opened.store, raw, SNAPSHOT_RECORD_RULES).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(InvalidInput);
    return e as InvalidInput;
  };

  it('a list given as a string: "must be a list", at the list itself (reps, not reps[-1])', async () => {
    const e = await refusal({ reps: 'x' });
    expect(e.fields).toEqual([{ field: 'reps', reason: 'must be a list' }]);
    expect(e.message).toBe('The snapshot has 1 problem and was not imported: reps: must be a list');
  });

  it('a list field of a record given as a string: "must be a list", not a size rule', async () => {
    const e = await refusal({ reps: [{ id: 'r9', name: 'A', expertise: 'CRM' }] });
    expect(e.fields).toEqual([{ field: 'reps[0].expertise', reason: 'expertise must be a list, not text' }]);
  });

  it('a number inside a list of strings: one reason, at the item (as GraphQL arguments name it)', async () => {
    const e = await refusal({ reps: [{ id: 'r9', name: 'A', expertise: ['CRM', 5] }] });
    expect(e.fields).toEqual([{ field: 'reps[0].expertise[1]', reason: 'expertise[1] must be a string' }]);
  });

  it("an interaction's ids that name nobody, each by its index (found by an outsider: the list alone)", async () => {
    const e = await refusal({ interactions: [{ id: 'ix1', at: '2026-10-01T10:00:00+09:00', channel: 'MEETING', managerIds: ['nobody1'], repIds: ['r-none', 'r-gone'] }] });
    expect(e.fields?.map((f) => f.field)).toEqual(['interactions[0].managerIds[0]', 'interactions[0].repIds[0]', 'interactions[0].repIds[1]']);
  });

  it('each bad item of a list by its index, the list rules at the list', async () => {
    const e = await refusal({ reps: [{ id: 'r9', name: 'A', expertise: ['CRM', '', 'x'.repeat(101), 'SFA'] }] });
    expect(e.fields).toEqual([
      { field: 'reps[0].expertise[1]', reason: 'expertise[1] must be longer than or equal to 1 characters' },
      { field: 'reps[0].expertise[2]', reason: 'expertise[2] must be shorter than or equal to 100 characters' },
    ]);
  });

  it('a whole number given as text: says so', async () => {
    const e = await refusal({ companies: [{ id: 'c9', name: 'A', employeeCount: '5' }], relationships: [{ a: 'm1', b: 'r1', trust: '0.5' }] });
    expect(e.fields).toEqual([
      { field: 'companies[0].employeeCount', reason: 'employeeCount must be a whole number, not text (write the number without quotes)' },
      { field: 'relationships[0].trust', reason: 'trust must be a number from 0 to 1, not text (write the number without quotes)' }, // (its own rule said so already)
    ]);
  });

  it('an unknown top-level list is named by its key', async () => {
    const e = await refusal({ people: [] });
    expect(e.fields).toEqual([{ field: 'people', reason: expect.stringMatching(/^unknown list; allowed: version, companies, .*deletedPeople$/) }]);
  });
});
