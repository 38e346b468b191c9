import { useApi, managerActor } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';
import { pathsSnapshot } from '../../contract/paths.fixture';

const PATHS = `query($to: ID!, $from: ID, $maxHops: Int, $limit: Int, $minTrust: Float, $avoid: [ID!]) {
  warmIntroPaths(to: $to, from: $from, maxHops: $maxHops, limit: $limit, minTrust: $minTrust, avoid: $avoid) {
    strength hops
    people { id name __typename }
    steps { from { id } to { id name } trust reason kind basis recordedTrust }
    members { person { id name } companyId companyName title department team }
  } }`;
const brief = (r: any) => r.warmIntroPaths.map((p: any) => `${p.people.map((x: any) => x.id).join('>')}:${p.strength}`);

describe('warmIntroPaths over GraphQL (embedded engine)', () => {
  const fx = useApi(sampleSnapshot);

  it('answers the contract example: 佐藤 花子 reaches 中村 大輔 through 田中 太郎', async () => {
    const r = await fx.api.ok(PATHS, { to: 'r2', from: 'm1' });
    // m1–r1 0.8 × r1–r2 0.85; and the MET introduction of r2 to m1 (2024-05-10) is an introduced tie of 0.5
    expect(brief(r)).toEqual(['m1>r1>r2:0.68', 'm1>r2:0.5']);
    const [best] = r.warmIntroPaths;
    expect(best.hops).toBe(2);
    expect(best.people.map((p: any) => p.__typename)).toEqual(['Manager', 'Rep', 'Rep']);
    expect(best.steps[1]).toMatchObject({ from: { id: 'r1' }, to: { id: 'r2', name: '中村 大輔' }, trust: 0.85, kind: 'FORMER_COLLEAGUE', basis: 'RECORDED', recordedTrust: 0.85 });
    expect(best.steps[1].reason).toMatch(/^田中 太郎 and 中村 大輔 are former colleagues/);
    expect(best.steps[1].reason).toMatch(/trust 0\.85; last introduction 2024-05-10: 田中 太郎 introduced 中村 大輔 to 佐藤 花子 \(met\)$/);
    expect(best.steps[0].reason).toMatch(/^佐藤 花子 and 田中 太郎 have done business together for \d+ years?, trust 0\.8; last contact 2024-06-01 \(meeting, positive\)$/);
    expect(best.members).toEqual([
      { person: { id: 'm1', name: '佐藤 花子' }, companyId: null, companyName: null, title: null, department: null, team: 'Partner Sales East' },
      { person: { id: 'r1', name: '田中 太郎' }, companyId: 'c1', companyName: '株式会社サンプル', title: '部長', department: '営業部', team: null },
      { person: { id: 'r2', name: '中村 大輔' }, companyId: 'c1', companyName: '株式会社サンプル', title: '課長', department: null, team: null },
    ]);
  });

  it('uses the contract defaults and takes a company as the target', async () => {
    const r = await fx.api.ok('{ warmIntroPaths(to: "c1") { hops people { id } } }');
    expect(r.warmIntroPaths.map((p: any) => p.people.map((x: any) => x.id).join('>'))).toEqual(['m1>r1', 'm1>r1>r2', 'm1>r2', 'm1>r2>r1']);
    expect((await fx.api.ok('{ warmIntroPaths(to: "c2") { hops } }')).warmIntroPaths).toEqual([]);
  });

  it('reports bad bounds as BAD_USER_INPUT naming the field, unknown ids as NOT_FOUND', async () => {
    // a light selection: PATHS with limit 51 is also over the cost limit (51 paths of ~215), refused as such first
    const light = PATHS.replace(/\{\s*strength[\s\S]*$/, '{ hops } }');
    const err = async (vars: Record<string, unknown>) => (await fx.api.run(light, { to: 'r2', ...vars })).errors?.[0];
    for (const [field, value] of [['maxHops', 0], ['maxHops', 7], ['limit', 0], ['limit', 51], ['minTrust', -0.5], ['minTrust', 1.5]] as const) {
      const e = await err({ [field]: value });
      expect(e?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e?.extensions?.fields).toEqual([expect.objectContaining({ field })]);
    }
    expect((await err({ from: 'r1' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'from' }] });
    expect((await err({ to: 'nobody' }))?.extensions?.code).toBe('NOT_FOUND');
    expect((await err({ from: 'nobody' }))?.extensions?.code).toBe('NOT_FOUND');
    expect((await fx.api.run('{ warmIntroPaths(to: "r2", maxHops: 1.5) { hops } }')).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives the full Person records when more than id and name is asked for', async () => {
    const r = await fx.api.ok(`{ warmIntroPaths(to: "r2", from: "m1", limit: 1) {
      people { id ... on Rep { nameKana expertise } ... on Manager { team } }
      steps { from { id ...who } to { ...who } } members { person { ...who } } } }
      fragment who on Person { name ... on Rep { nameKana } }`);
    const [path] = r.warmIntroPaths;
    expect(path.people).toEqual([{ id: 'm1', team: 'Partner Sales East' }, { id: 'r1', nameKana: 'タナカ タロウ', expertise: ['CRM', 'Manufacturing'] }, { id: 'r2', nameKana: 'ナカムラ ダイスケ', expertise: [] }]);
    expect(path.steps[0].to).toEqual({ name: '田中 太郎', nameKana: 'タナカ タロウ' });
    expect(path.members[0].person).toEqual({ name: '佐藤 花子' });
  });

  it('avoids people on request', async () => {
    expect(brief(await fx.api.ok(PATHS, { to: 'r2', from: 'm1', avoid: ['r1'] }))).toEqual(['m1>r2:0.5']);
  });
});

describe('closing the loop over GraphQL', () => {
  const fx = useApi(pathsSnapshot);

  const REQUEST = 'mutation($p: [ID!]!) { requestIntroduction(input: { path: $p }) { id introducerId introducedId toManagerId at outcome } }';
  const OUTCOME = 'mutation($id: ID!, $o: IntroductionOutcome!, $at: String) { recordIntroductionOutcome(id: $id, outcome: $o, at: $at) { id outcome at } }';

  it('asks for an introduction along a found path, records that they met, and the next search goes direct', async () => {
    const before = await fx.api.ok(PATHS, { to: 'r4', from: 'm3' });
    const path = before.warmIntroPaths[0].people.map((p: any) => p.id);
    expect(path).toEqual(['m3', 'r5', 'r2', 'r4']);
    const asked = await fx.api.ok(REQUEST, { p: path }, managerActor('m3'));
    expect(asked.requestIntroduction).toMatchObject({ id: 'r2>r4>m3', introducerId: 'r2', introducedId: 'r4', toManagerId: 'm3', outcome: 'PENDING' });
    const met = await fx.api.ok(OUTCOME, { id: 'r2>r4>m3', o: 'MET', at: '2026-01-15' });
    expect(met.recordIntroductionOutcome).toEqual({ id: 'r2>r4>m3', outcome: 'MET', at: '2026-01-15' });
    const after = await fx.api.ok(PATHS, { to: 'r4', from: 'm3' });
    // the introduced tie (0.5) beats the old best path (0.75 × 0.7 × 0.8 = 0.42)
    expect(brief(after)[0]).toBe('m3>r4:0.5');
    const direct = after.warmIntroPaths[0];
    expect(direct.steps[0]).toMatchObject({ trust: 0.5, basis: 'INTRODUCED', recordedTrust: null, kind: null });
    expect(direct.steps[0].reason).toBe('小林 四郎 was introduced to 高橋 三郎 by 中村 大輔 on 2026-01-15 and they met, trust 0.5 (an introduction that led to a meeting)');
  });

  it('validates the requests', async () => {
    const code = async (q: string, v: Record<string, unknown>) => (await fx.api.run(q, v)).errors?.[0].extensions?.code;
    expect(await code(REQUEST, { p: ['m1', 'r2'] })).toBe('BAD_USER_INPUT');
    expect(await code(REQUEST, { p: ['m1', 'r4', 'r6'] })).toBe('BAD_USER_INPUT');
    expect(await code(REQUEST, { p: ['m1', 'ghost', 'r2'] })).toBe('NOT_FOUND');
    expect(await code(OUTCOME, { id: 'r1>r2>m1', o: 'MET', at: 'yesterday' })).toBe('BAD_USER_INPUT');
    expect(await code(OUTCOME, { id: 'x>y>z', o: 'MET' })).toBe('NOT_FOUND');
  });
});
