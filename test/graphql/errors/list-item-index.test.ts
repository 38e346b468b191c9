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
      // and the well-formed items the use case would refuse, in the same answer (no company here has these ids)
      ...[0, 1, 2, 4].map((i) => ({ field: `input.companyIds[${i}]`, reason: `no company with id "c${i + 1}"` })),
    ]);
    expect(r.errors?.[0].message).toContain('input.companyIds[3]');
  });

  it('a list of text items: each bad item by its index, with every rule it breaks', async () => {
    const r = await fx.api.run('mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }', { i: { id: 'c9', name: 'A', customerSegments: ['SMB', '', 'x'.repeat(201), 'ok'] } });
    expect(r.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.customerSegments[1]', reason: 'customerSegments[1] must be longer than or equal to 1 characters' },
      { field: 'input.customerSegments[2]', reason: 'customerSegments[2] must be shorter than or equal to 200 characters' },
    ]);
    expect(await fx.api.ok('{ company(id: "c9") { id } }')).toEqual({ company: null });
  });

  it("an item's reason is its own, whatever the list's length (found by an outsider: 201 empty items were told 'shorter')", async () => {
    const r = await fx.api.run('mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }', { i: { id: 'c9', name: 'A', customerSegments: Array(201).fill('') } });
    const fields = r.errors?.[0].extensions?.fields as { field: string; reason: string }[];
    expect(fields.find((f) => f.field === 'input.customerSegments')?.reason).toBe('customerSegments must contain no more than 200 elements');
    expect(fields.find((f) => f.field === 'input.customerSegments[0]')?.reason).toBe('customerSegments[0] must be longer than or equal to 1 characters');
    expect(r.errors?.[0].extensions?.fieldsNotShown).toBe(201 + 1 - 50);
  });

  it('in the plain-argument form too (found by an outsider: reassignPortfolio(companyIds: …) named the list alone)', async () => {
    const r = await fx.api.run('mutation { reassignPortfolio(fromManagerId: "m1", toManagerId: "m2", companyIds: ["c1", "x\u0001", "\u200b", "ok"]) { companies { company { id } } } }');
    expect((r.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(['companyIds[1]', 'companyIds[2]', 'companyIds[0]', 'companyIds[3]']);
  });

  it("a list's ids that name nothing, each by its index (found by an outsider: createInteraction named input.managerIds)", async () => {
    await fx.api.ok('mutation { createRep(input: { id: "r1", name: "田中" }) { id } }');
    const r = await fx.api.run('mutation { createInteraction(input: { at: "2026-10-01T10:00:00+09:00", channel: MEETING, managerIds: ["m1", "m999"], repIds: ["r1", "nosuch", "m1"] }) { id } }');
    expect(r.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.managerIds[1]', reason: 'no person with id "m999"' },
      { field: 'input.repIds[1]', reason: 'no person with id "nosuch"' },
      { field: 'input.repIds[2]', reason: '"m1" is a manager, a rep is needed' },
    ]);
  });

  it("reassignPortfolio: the message names each item as its fields do, and a company that does not exist is told so (found by an outsider)", async () => {
    await fx.api.ok('mutation { createCompany(input: { id: "c1", name: "A" }) { id } }');
    const r = await fx.api.run('mutation { reassignPortfolio(input: { fromManagerId: "m1", toManagerId: "m2", companyIds: ["c1", "cZZ"] }) { companies { company { id } } } }');
    expect(r.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.companyIds[0]', reason: '"c1" is not in m1\'s portfolio' },
      { field: 'input.companyIds[1]', reason: 'no company with id "cZZ"' },
    ]);
    expect(r.errors?.[0].message).toBe('Invalid input.companyIds[0]: "c1" is not in m1\'s portfolio; input.companyIds[1]: no company with id "cZZ"');
  });

  it('a competitor of only invisible characters is refused as blank, not kept as an invisible competitor (found by an outsider)', async () => {
    for (const competitor of ['   ', '\u200b']) {
      const r = await fx.api.run('mutation($c: String) { createDeal(input: { id: "d-blank", companyId: "c1", product: "X", stage: LOST, competitor: $c }) { id } }', { c: competitor });
      expect(r.errors?.[0].extensions?.fields).toEqual([{ field: 'input.competitor', reason: expect.stringMatching(/must not be blank/) }]);
    }
    expect(await fx.api.ok('{ deal(id: "d-blank") { id } }')).toEqual({ deal: null });
  });
});
