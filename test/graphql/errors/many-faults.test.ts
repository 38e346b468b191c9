import { useApi } from '../../helpers/graphql';

/**
 * An input with many bad items is answered with the first MAX_VARIABLE_PROBLEMS (50) named and the rest counted, not
 * with one row each (found by an outsider: reassignPortfolio with 60,000 foreign company ids, under 1 MB, answered 7.4 MB).
 */
describe('many faults in one input', () => {
  const fx = useApi();

  it('names the first 50 and counts the rest, in the fields and the message; nothing written', async () => {
    await fx.api.ok('mutation { createManager(input: { id: "m1", name: "伊藤" }) { id } createManager2: createManager(input: { id: "m2", name: "佐藤" }) { id } createCompany(input: { id: "c1", name: "A" }) { id } }');
    await fx.api.ok('mutation { addToPortfolio(managerId: "m1", companyId: "c1") { companyId } }');
    const ids = ['c1', ...Array.from({ length: 60_000 }, (_, i) => `x${i}`)];
    const r = await fx.api.run('mutation($ids: [ID!]) { reassignPortfolio(input: { fromManagerId: "m1", toManagerId: "m2", companyIds: $ids }) { companies { company { id } } } }', { ids });
    const e = r.errors?.[0];
    expect(e?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = e?.extensions?.fields as { field: string }[];
    expect(fields).toHaveLength(50);
    expect(fields[0].field).toBe('input.companyIds[1]');
    expect(e?.extensions?.fieldsNotShown).toBe(59_950);
    expect(e?.message).toContain('and 59,950 more (the first 50 are named)');
    expect(JSON.stringify(r).length).toBeLessThan(20_000);
    expect((await fx.api.ok('{ manager(id: "m1") { portfolio { company { id } } } }')).manager.portfolio).toEqual([{ company: { id: 'c1' } }]);
  });
});
