import { ID_REASON } from '@/domain/shared/id-rule';
import { useApi } from '../../helpers/graphql';

/**
 * A bad item of a list argument is named by its index on the class-validator path too (`input.companyIds[3]`), as
 * unstorable text names `customerSegments[1]` (found by an outsider: class-validator named the list alone).
 */
describe('a bad item of a list argument', () => {
  const fx = useApi();

  it('is named by its index, each bad item once, with the rule; nothing written', async () => {
    await fx.api.ok('mutation { createManager(input: { id: "m1", name: "伊藤" }) { id } createManager2: createManager(input: { id: "m2", name: "佐藤" }) { id } }');
    const r = await fx.api.run('mutation($ids: [ID!]) { reassignPortfolio(input: { fromManagerId: "m1", toManagerId: "m2", companyIds: $ids }) { companies { company { id } } } }', { ids: ['c1', 'c2', 'c3', ' ', 'c5', '\u200b'] });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.companyIds[3]', reason: `companyIds[3] ${ID_REASON}` },
      { field: 'input.companyIds[5]', reason: `companyIds[5] ${ID_REASON}` },
    ]);
    expect(r.errors?.[0].message).toContain('input.companyIds[3]');
  });

  it('a list of text items: each bad item by its index, with every rule it breaks', async () => {
    const r = await fx.api.run('mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }', { i: { id: 'c9', name: 'A', customerSegments: ['SMB', '', 'x'.repeat(201), 'ok'] } });
    expect(r.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.customerSegments[1]', reason: 'customerSegments[1] must be longer than or equal to 1 and shorter than or equal to 200 characters' },
      { field: 'input.customerSegments[2]', reason: 'customerSegments[2] must be longer than or equal to 1 and shorter than or equal to 200 characters' },
    ]);
    expect(await fx.api.ok('{ company(id: "c9") { id } }')).toEqual({ company: null });
  });
});
