/**
 * The record mutations are adapters over src/app/records: what a client sees of their refusals (message, extensions)
 * and of their writes (the audit entry, the loaders cleared after each write) is the same as when the resolvers held
 * the logic. Exact objects (toEqual), so an extension added or lost fails here.
 */
import { useApi } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

const fx = useApi(sampleSnapshot);
const firstError = async (query: string) => {
  const r = await fx.api.run(query);
  expect(r.data?.[Object.keys(r.data ?? {})[0]] ?? null).toBeNull();
  return { message: r.errors?.[0].message, extensions: r.errors?.[0].extensions };
};

describe('record mutations over the use cases', () => {
  it('INVALID_INPUT: the message and every field with its full path', async () => {
    expect(await firstError('mutation { updateDeal(id: "d1", input: { closedAt: "2024-01-01" }) { id } }')).toEqual({
      message: 'Invalid deal: input.closedAt cannot be before proposedAt',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.closedAt', reason: 'cannot be before proposedAt' }] },
    });
    expect(await firstError('mutation { createInteraction(input: { at: "2024-06-01T10:00:00Z", channel: CALL, managerIds: ["r1", "zz"] }) { id } }')).toEqual({
      message: 'Invalid input.managerIds[0]: "r1" is a rep, a manager is needed; input.managerIds[1]: no person with id "zz"',
      extensions: { code: 'BAD_USER_INPUT', fields: [
        { field: 'input.managerIds[0]', reason: '"r1" is a rep, a manager is needed' },
        { field: 'input.managerIds[1]', reason: 'no person with id "zz"' },
      ] },
    });
    expect(await firstError('mutation { addToPortfolio(managerId: "m1", companyId: "c2", since: "2024-02-30") { since } }')).toEqual({
      message: 'Invalid since: must be a date YYYY-MM-DD',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'since', reason: 'must be a date YYYY-MM-DD' }] },
    });
  });

  it('NOT_FOUND names what and which id; CONFLICT carries its details', async () => {
    expect(await firstError('mutation { deleteRelationship(a: "r2", b: "m1") }')).toEqual({
      message: 'No relationship with id "m1~r2"', extensions: { code: 'NOT_FOUND', what: 'relationship', id: 'm1~r2' },
    });
    expect(await firstError('mutation { updateContract(id: "k1", input: { termMonths: 24 }, expectedVersion: 7) { id } }')).toEqual({
      message: 'Contract "k1" is at version 1, not 7: it changed since you read it',
      extensions: { code: 'CONFLICT', id: 'k1', currentVersion: 1, expectedVersion: 7 },
    });
    expect(await firstError('mutation { deleteCompany(id: "c1") }')).toEqual({
      message: 'Company "c1" still has 1 deal(s) and 2 employment record(s); delete or move those first',
      extensions: { code: 'CONFLICT', id: 'c1', deals: 1, employments: 2 },
    });
  });

  it('audits the mutation with the ids its arguments name and the id it created', async () => {
    await fx.api.ok('mutation { createDeal(input: { id: "d-audit", companyId: "c2", product: "SFA", repId: "r2" }) { id } }');
    const [entry] = await fx.store.read.listAudit(null, { limit: 1 });
    expect(entry).toMatchObject({ operation: 'createDeal', actorId: 'test-admin', role: 'ADMIN' });
    expect([...entry.targetIds].sort()).toEqual(['c2', 'd-audit', 'r2']);
  });

  it('clears the request\'s loaders after each write: a later field of the same operation sees it', async () => {
    const data = await fx.api.ok(`mutation {
      a: createDeal(input: { id: "d-a", companyId: "c2", product: "A" }) { company { deals { id } } }
      b: createDeal(input: { id: "d-b", companyId: "c2", product: "B" }) { company { deals { id } } }
    }`);
    expect(data.a.company.deals.map((d: { id: string }) => d.id)).toContain('d-a');
    expect(data.a.company.deals.map((d: { id: string }) => d.id)).not.toContain('d-b');
    expect(data.b.company.deals.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining(['d-a', 'd-b']));
  });
});
