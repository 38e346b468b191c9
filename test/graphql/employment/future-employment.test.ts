import { describeEachEngine } from '../../helpers/engines';
import { TestApi, managerActor } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

/**
 * r3 works at c2 now and has signed to start at c1 (m1's partner) in 2099: until that day, r3 works at c2 only.
 * r4 works at c2 (m2's partner).
 */
function snapshot() {
  const s = sampleSnapshot();
  s.managers.push({ id: 'm2', name: '山田 次郎' });
  s.reps.push({ id: 'r3', name: '伊藤 誠' }, { id: 'r4', name: '渡辺 恵' });
  s.employments.push(
    { repId: 'r3', companyId: 'c2', since: '2020-04-01' }, { repId: 'r3', companyId: 'c1', since: '2099-06-01' },
    { repId: 'r4', companyId: 'c2', since: '2018-04-01' },
  );
  s.portfolio.push({ managerId: 'm2', companyId: 'c2' });
  s.relationships.push({ a: 'r3', b: 'r4', trust: 0.6 }, { a: 'r1', b: 'r3', trust: 0.9 });
  return s;
}

describeEachEngine('an employment that starts in the future is not "works now"', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(get());
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: snapshot() });
  });
  afterAll(() => api.stop());

  it('lists the rep at the company they work at today only, with that as their current employment', async () => {
    const atC1 = await api.ok('{ reps(filter: { companyId: "c1" }) { edges { node { id } } } }');
    expect(atC1.reps.edges.map((e: any) => e.node.id).sort()).toEqual(['r1', 'r2']);
    const atC2 = await api.ok('{ reps(filter: { companyId: "c2" }) { edges { node { id } } } }');
    expect(atC2.reps.edges.map((e: any) => e.node.id).sort()).toEqual(['r3', 'r4']);
    const r3 = await api.ok('{ rep(id: "r3") { currentEmployment { companyId } employments { companyId current } } }');
    expect(r3.rep.currentEmployment.companyId).toBe('c2');
    expect(r3.rep.employments.find((e: any) => e.companyId === 'c1').current).toBe(false);
  });

  it('does not widen a manager\'s tie scope to the partner the rep has not joined yet', async () => {
    const r = await api.run('mutation { setRelationship(input: { a: "r3", b: "r4", trust: 0.1 }) { id } }', {}, managerActor('m1'));
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await get().read.relationshipByPair('r3', 'r4'))?.trust).toBe(0.6);
  });

  it('does not end a warm path at a company the rep has not joined yet', async () => {
    const paths = await api.ok('{ warmIntroPaths(from: "m1", to: "c1", maxHops: 4, limit: 50) { people { id } } }');
    expect(paths.warmIntroPaths.map((p: any) => p.people.at(-1).id)).not.toContain('r3');
  });
});
