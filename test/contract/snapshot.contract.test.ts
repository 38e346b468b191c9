import { importSnapshot } from '@/wiring/snapshot';
import { exportSnapshot } from '@/store/snapshot-export';
import { describeEachEngine } from '../helpers/engines';
import { rejection } from '../helpers/rejection';
import { sampleSnapshot } from '../helpers/sample-snapshot';
import { appErrorExtensions } from '@/graphql/errors/format-error';
import { type AppError } from '@/app/errors';

describeEachEngine('snapshot import and export', (store) => {
  it('imports the contract example and exports every record as given', async () => {
    const result = await importSnapshot(store(), sampleSnapshot());
    expect(result.total).toBe(16);
    const out = await exportSnapshot(store().read);
    const input = sampleSnapshot();
    expect(out.companies).toEqual([
      expect.objectContaining(input.companies[0]),
      expect.objectContaining({ ...input.companies[1], customerSegments: [], customFields: {} }),
    ]);
    expect(out.reps).toEqual(input.reps.map((r: object) => expect.objectContaining(r)));
    expect(out.employments).toHaveLength(3);
    expect(out.relationships).toEqual([
      expect.objectContaining({ a: 'm1', b: 'r1', trust: 0.8, kind: 'BUSINESS', since: '2023-02-01' }),
      expect.objectContaining({ a: 'r1', b: 'r2', trust: 0.85, kind: 'FORMER_COLLEAGUE' }),
    ]);
    expect(out.interactions).toEqual([expect.objectContaining(input.interactions[0])]);
    expect(out.deals).toEqual([expect.objectContaining(input.deals[0])]);
    expect(out.introductions).toEqual([expect.objectContaining(input.introductions[0])]);
  });

  it('is idempotent: importing the same snapshot again leaves the same graph', async () => {
    const before = await exportSnapshot(store().read);
    await importSnapshot(store(), sampleSnapshot());
    expect(await exportSnapshot(store().read)).toEqual(before);
  });

  it('reads its own export back to the same graph', async () => {
    const before = await exportSnapshot(store().read);
    await importSnapshot(store(), JSON.parse(JSON.stringify(before)));
    expect(await exportSnapshot(store().read)).toEqual(before);
  });

  it('replaces a re-imported record instead of adding to it (expertise, deal people)', async () => {
    const s = sampleSnapshot();
    s.reps[0].expertise = ['SFA'];
    s.deals[0].repId = 'r2';
    await importSnapshot(store(), { reps: [s.reps[0]], deals: s.deals });
    const [r1] = await store().read.peopleByIds(['r1']);
    expect(r1).toMatchObject({ expertise: ['SFA'] });
    const [ofR1, ofR2] = await store().read.dealsByPersonIds(['r1', 'r2']);
    expect(ofR1).toEqual([]);
    expect(ofR2.map((d) => d.id)).toEqual(['d1']);
  });

  it('rejects a snapshot with bad records as a whole, listing each, and writes nothing', async () => {
    const before = await exportSnapshot(store().read);
    const err = await rejection<AppError>(importSnapshot(store(), {
      companies: [{ id: 'new-co', name: 'New' }, { id: 'bad', name: '', employeeCount: -1, unknownField: 1 }],
      relationships: [{ a: 'r1', b: 'ghost', trust: 0.5 }, { a: 'r1', b: 'r1', trust: 0.5 }],
      portfolio: [{ managerId: 'r1', companyId: 'c1' }],
      deals: [{ id: 'd9', companyId: 'nowhere', product: 'X', stage: 'WON', proposedAt: '2024-05-01', closedAt: '2024-04-01' }],
      interactions: [{ id: 'i9', at: '2024-06-01 10:00', channel: 'FAX', repIds: ['r1'] }],
    }));
    expect(appErrorExtensions(err).code).toBe('BAD_USER_INPUT');
    const records = appErrorExtensions(err).records as { list: string; index: number; field: string }[];
    const where = records.map((r) => `${r.list}[${r.index}].${r.field}`);
    expect(where).toEqual(expect.arrayContaining([
      'companies[1].name', 'companies[1].employeeCount', 'companies[1].unknownField',
      'relationships[0].b', 'relationships[1].b', 'portfolio[0].managerId',
      'deals[0].closedAt', 'deals[0].companyId', 'interactions[0].at', 'interactions[0].channel',
    ]));
    expect(where).not.toContain('companies[0].name');
    expect(await exportSnapshot(store().read)).toEqual(before);
  });

  it('accepts references to records already in the graph', async () => {
    await importSnapshot(store(), { relationships: [{ a: 'm1', b: 'r2', trust: 0.4, kind: 'BUSINESS' }] });
    expect(await store().read.relationshipByPair('m1', 'r2')).toMatchObject({ trust: 0.4 });
  });
});
