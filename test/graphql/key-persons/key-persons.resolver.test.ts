import { ANALYST, useApi } from '../../helpers/graphql';
import { insightsSnapshot } from '../../contract/insights.fixture';

describe('keyPersons over GraphQL (embedded engine)', () => {
  const fx = useApi(insightsSnapshot);

  const Q = `query($c: ID!, $n: Int) { keyPersons(companyId: $c, limit: $n) {
    rank score reasons title department companyId rep { id name } signals { seniority reach centrality dealInfluence introductions ourTrust } } }`;

  it('ranks the people who work there now, with signals and reasons', async () => {
    const r = await fx.api.ok(Q, { c: 'c1', n: 50 });
    const ids = r.keyPersons.map((k: any) => k.rep.id);
    expect(ids.sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    const by = Object.fromEntries(r.keyPersons.map((k: any) => [k.rep.id, k]));
    expect(r.keyPersons.map((k: any) => k.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    const scores = r.keyPersons.map((k: any) => k.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(by.r1.reasons[0]).toMatch(/Senior title: 代表取締役 \(top executive\) in 経営企画室; 5 of 5 colleagues report up to them/);
    expect(by.r4.reasons.join('\n')).toMatch(/Handled 1 won deal worth ¥3,000,000 \(99% of the company's recent won revenue\); 1 in the last year; 1 open deal in progress/);
    expect(by.r4.reasons.join('\n')).toMatch(/Known to our managers: 佐藤 花子 \(trust 0.90\)/);
    expect(by.r4.reasons.join('\n')).toMatch(/Introduced 1 person to our managers \(1 met\)/);
    expect(by.r5.reasons.join('\n')).toMatch(/Bridges colleagues/);
    expect(by.r6.signals.centrality).toBe(0);
    expect(by.r5.signals.centrality).toBe(1);
    expect(by.r4.signals.ourTrust).toBeCloseTo(0.9);
    expect(by.r1.title).toBe('代表取締役');
    for (const k of r.keyPersons) expect(k.reasons.length).toBeGreaterThan(0);
  });

  it('defaults to 5 and bounds limit to 1..50', async () => {
    expect((await fx.api.ok(Q, { c: 'c1' })).keyPersons).toHaveLength(5);
    for (const n of [0, 51]) {
      const r = await fx.api.run(Q, { c: 'c1', n });
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'limit' })]);
    }
  });

  it('answers NOT_FOUND for an unknown company and [] for a company without people', async () => {
    const r = await fx.api.run(Q, { c: 'nope' });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await fx.api.ok('mutation { createCompany(input: { id: "c9", name: "Empty" }) { id } }');
    expect((await fx.api.ok(Q, { c: 'c9' })).keyPersons).toEqual([]);
  });

  it('is also a field of Company, and analysts may read it', async () => {
    const r = await fx.api.ok('{ company(id: "c2") { keyPersons(limit: 2) { rep { id } rank } } }', {}, ANALYST);
    expect(r.company.keyPersons).toHaveLength(2);
  });

  it('reflects a write at once', async () => {
    const before = (await fx.api.ok(Q, { c: 'c1', n: 50 })).keyPersons.find((k: any) => k.rep.id === 'r6');
    await fx.api.ok('mutation { setRelationship(input: { a: "m2", b: "r6", trust: 1, kind: BUSINESS }) { trust } }');
    const after = (await fx.api.ok(Q, { c: 'c1', n: 50 })).keyPersons.find((k: any) => k.rep.id === 'r6');
    expect(before.signals.ourTrust).toBe(0);
    expect(after.signals.ourTrust).toBe(1);
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('answers rep { id name } from the ranking without reading the people, the same as the records; other fields read them', async () => {
    const full = (await fx.api.ok('{ keyPersons(companyId: "c1", limit: 50) { rep { id name nameKana __typename } } }')).keyPersons;
    const reads = jest.spyOn(fx.store.read, 'peopleByIds');
    try {
      const light = (await fx.api.ok(`{ keyPersons(companyId: "c1", limit: 50) { rep { __typename id ...N } } }
        fragment N on Rep { name }`)).keyPersons;
      expect(reads).not.toHaveBeenCalled();
      expect(light).toEqual(full.map((k: any) => ({ rep: { __typename: 'Rep', id: k.rep.id, name: k.rep.name } })));
      // a field the ranking does not hold: the records are read (one batch for the answer)
      const withKana = (await fx.api.ok('{ keyPersons(companyId: "c1", limit: 50) { rep { id name nameKana __typename } } }')).keyPersons;
      expect(withKana).toEqual(full);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
    // a rename shows at once on the light path too
    await fx.api.ok('mutation { updateRep(id: "r2", input: { name: "改名 太郎" }) { id } }');
    const renamed = (await fx.api.ok('{ keyPersons(companyId: "c1", limit: 50) { rep { id name } } }')).keyPersons;
    expect(renamed.find((k: any) => k.rep.id === 'r2').rep.name).toBe('改名 太郎');
  });
});
