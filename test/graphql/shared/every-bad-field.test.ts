/**
 * A refusal names every bad field of a request, not the first one found (outside attacker, issue 12): the use cases'
 * own rules, references and cross-field rules gather their problems before refusing, and a snapshot record's rules
 * still run when its other fields broke class-validator's. Nothing is written.
 */
import { useApi } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

const fx = useApi(sampleSnapshot);
const refusal = async (query: string, variables: Record<string, unknown> = {}) => {
  const r = await fx.api.run(query, variables);
  expect(r.data?.[Object.keys(r.data ?? {})[0]] ?? null).toBeNull();
  expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  return { message: r.errors?.[0].message, fields: r.errors?.[0].extensions?.fields, records: r.errors?.[0].extensions?.records };
};

describe('every bad field in one refusal', () => {
  it('warm paths: every bound and avoid problem at once', async () => {
    const r = await refusal('{ warmIntroPaths(to: "r1", from: "m1", maxHops: 9, limit: 0, minTrust: 2, avoid: ["m1", "r1"]) { hops } }');
    expect(r.fields).toEqual([
      { field: 'maxHops', reason: 'must be a whole number from 1 to 6' },
      { field: 'limit', reason: 'must be a whole number from 1 to 50' },
      { field: 'minTrust', reason: 'must be from 0 to 1' },
      { field: 'avoid', reason: 'names "m1", the manager given as from; a path cannot avoid where it starts (leave one out)' },
      { field: 'avoid', reason: 'names "r1", the target given as to; a path cannot avoid where it ends (leave one out)' },
    ]);
    for (const f of ['maxHops', 'limit', 'minTrust', 'avoid']) expect(r.message).toContain(f);
  });

  it('an update that changes its id and clears two required fields is told all three', async () => {
    const r = await refusal('mutation { updateDeal(id: "d1", input: { id: "other", companyId: null, product: null }) { id } }');
    expect(r.fields).toEqual([
      { field: 'input.id', reason: 'cannot change; omit it or pass the same id' },
      { field: 'input.companyId', reason: 'cannot be cleared' },
      { field: 'input.product', reason: 'cannot be cleared' },
    ]);
  });

  it('a deal with a bad company, rep, manager and dates out of order is told all four; an interaction its managers and reps', async () => {
    const deal = await refusal(`mutation { createDeal(input: { id: "d-bad", companyId: "nope", product: "X", repId: "m1", managerId: "ghost",
      proposedAt: "2024-05-01", closedAt: "2024-04-01" }) { id } }`);
    expect(deal.fields).toEqual([
      { field: 'input.companyId', reason: 'no company with id "nope"' },
      { field: 'input.repId', reason: '"m1" is a manager, a rep is needed' },
      { field: 'input.managerId', reason: 'no person with id "ghost"' },
      { field: 'input.closedAt', reason: 'cannot be before proposedAt' },
    ]);
    expect(deal.message).toBe('Invalid input.companyId: no company with id "nope"; input.repId: "m1" is a manager, a rep is needed; '
      + 'input.managerId: no person with id "ghost"; input.closedAt: cannot be before proposedAt');
    const interaction = await refusal('mutation { createInteraction(input: { at: "2024-06-01T10:00:00Z", channel: CALL, managerIds: ["r1"], repIds: ["m1", "zz"] }) { id } }');
    expect(interaction.fields).toEqual([
      { field: 'input.managerIds[0]', reason: '"r1" is a rep, a manager is needed' },
      { field: 'input.repIds[0]', reason: '"m1" is a manager, a rep is needed' },
      { field: 'input.repIds[1]', reason: 'no person with id "zz"' },
    ]);
    expect((await fx.api.ok('{ deal(id: "d-bad") { id } }')).deal).toBeNull();
  });

  it('a revenue target is told all its problems, and one under 1 yen is refused (its share was infinite: a 500 on every read)', async () => {
    const all = await refusal('mutation { setRevenueTarget(input: { companyId: "c1", managerId: "m1", period: "2024-Q5", amount: 0 }) { amount } }');
    expect(all.fields.map((f: { field: string }) => f.field)).toEqual(['input.companyId', 'input.period', 'input.amount']);
    const tiny = await refusal('mutation { setRevenueTarget(input: { companyId: "c1", period: "2024", amount: 5e-324 }) { amount progress { share } } }');
    expect(tiny.fields).toEqual([{ field: 'input.amount', reason: 'must be a number from 1 to 1e15 (yen)' }]);
    const ok = await fx.api.ok('mutation { setRevenueTarget(input: { companyId: "c1", period: "2024", amount: 1 }) { amount progress { achieved share } } }');
    expect(ok.setRevenueTarget).toEqual({ amount: 1, progress: { achieved: 3000000, share: 3000000 } });
  });

  it('a snapshot record is told its rules too when other fields of it are bad', async () => {
    const r = await refusal('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: {
      relationships: [{ a: 'r1', b: 'r1', trust: 5 }],
      deals: [{ id: 'd9', companyId: 'c1', product: 'X', stage: 'NOPE', proposedAt: '2024-05-01', closedAt: '2024-04-01' }],
    } });
    expect(r.records).toEqual(expect.arrayContaining([
      expect.objectContaining({ list: 'relationships', index: 0, field: 'trust' }),
      { list: 'relationships', index: 0, field: 'b', reason: 'must be another person than a' },
      expect.objectContaining({ list: 'deals', index: 0, field: 'stage' }),
      { list: 'deals', index: 0, field: 'closedAt', reason: 'cannot be before proposedAt' },
    ]));
    // a rule that reads a bad field is not run on it: no "cannot be before" over a date that is none
    const bad = await refusal('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: {
      deals: [{ id: 'd9', companyId: 'c1', product: 'X', stage: 'OPEN', proposedAt: '2024-13-45', closedAt: '2024-04-01' }],
    } });
    expect(bad.records.map((p: { field: string }) => p.field)).toEqual(['proposedAt']);
  });
});
