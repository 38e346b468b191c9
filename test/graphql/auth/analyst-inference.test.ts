import { collectSnapshot, generateSnapshot } from '@/generator';
import { describeEachEngine } from '../../helpers/engines';
import { ADMIN, ANALYST, TestApi } from '../../helpers/graphql';
import { flipMasked, recoverTendencies, tendencyName } from '../../helpers/masked-flip';
import { type Actor } from '@/domain/auth/actor';

/**
 * What analysts may not see, they cannot infer (issue 12, §3; issue 16). Every score, rank, order and filter an
 * analyst can read is asked on a generated network, then every field masked for analysts is changed (value or
 * presence) by re-importing the snapshot, and the same questions are asked again: the analyst's answers must be
 * byte-identical, while an admin's answers change (so the flip really reached the store and the inputs that read it).
 * Caches are exercised across roles: before the flip the analyst asks first, after it the admin does.
 */
const IMPORT = 'mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }';
const snapshot = collectSnapshot(generateSnapshot({ people: 400, seed: 'analyst-inference' })) as Record<string, any>;
const flipped = flipMasked(snapshot);

const SIGNALS = 'signals { affinity companyFit ourTrust responsiveness pastWins companyWins }';
const Q = {
  targets: `query($p: String!) { proposalTargets(product: $p, limit: 50) { rep { id } company { id } product score ${SIGNALS} reasons } }`,
  offers: `query($r: ID!) { proposalsFor(repId: $r, limit: 50) { product productKey score ${SIGNALS} reasons } }`,
  keyPersons: `query($c: ID!) { keyPersons(companyId: $c, limit: 50) { rank score reasons rep { id } title department companyId
    signals { seniority reach centrality dealInfluence introductions ourTrust } } }`,
  referrals: 'query($v: ID!) { referralCandidates(via: $v, limit: 50) { rep { id } company { id } score importance tie ourTrust relations reasons } }',
  brokers: `{ brokers(limit: 50, maxAgeSeconds: 0) { rank person { id } reachedThrough share dependents cutOff cutOffCompanies distance reasons
    companies(limit: 5) { company { id } reachedThrough dependents cutOff } }
    brokerNetwork(maxAgeSeconds: 0) { people ties managers reachable minTrust } }`,
  paths: `query($t: ID!) { warmIntroPaths(to: $t, limit: 10, maxHops: 3) { strength hops people { id }
    steps { from { id } to { id } trust reason kind basis recordedTrust } members { person { id } companyId companyName title department team } } }`,
  kpis: `{ companies(first: 40) { edges { node { id kpis { deals open won lost revenue grossProfit winRate lossReasons { reason count } }
    keyPersons(limit: 3) { rep { id } score } } } } }`,
  followUps: `query($d: String, $m: ID) { followUps(dueBy: $d, managerId: $m, limit: 300) { id at channel reaction managerIds repIds
    summary concerns nextAction { description dueDate done } } }`,
  interactions: `query($after: String) { interactions(first: 100, after: $after) { totalCount pageInfo { endCursor }
    edges { node { id at channel reaction managerIds repIds summary concerns nextAction { dueDate } } } } }`,
  rep: `query($r: ID!) { rep(id: $r) { id email phone disc mbti stance responseSpeed notes
    interactions { id channel summary concerns nextAction { description dueDate done } } } }`,
  people: `{ reps(first: 100) { totalCount edges { node { id name email phone disc mbti stance responseSpeed notes expertise interests
    kpis { won revenue } } } } managers(first: 20) { edges { node { id name email phone team } } } }`,
};

const products = [...new Set<string>(snapshot.deals.map((d: any) => d.product))].sort();
const working = [...new Set<string>(snapshot.employments.filter((e: any) => e.until == null).map((e: any) => e.repId))].sort();
const reps = working.slice(0, 15);
const companies = snapshot.companies.slice(0, 6).map((c: any) => c.id as string);
const manager = snapshot.managers[0].id as string;
const DUE_BY = [null, '2019-12-31', '2023-06-30', '2026-10-31', '2026-12-31', '2028-01-01'];

/** Every question (or those of the kinds given), labelled, as `actor`. */
async function ask(api: TestApi, actor: Actor, kinds?: string[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const put = async (label: string, query: string, variables: Record<string, unknown> = {}) => {
    if (!kinds || kinds.includes(label.split(' ')[0])) out[label] = await api.ok(query, variables, actor);
  };
  for (const p of products) await put(`proposalTargets ${p}`, Q.targets, { p });
  for (const r of reps) await put(`proposalsFor ${r}`, Q.offers, { r });
  for (const r of reps) await put(`rep ${r}`, Q.rep, { r });
  for (const c of companies) await put(`keyPersons ${c}`, Q.keyPersons, { c });
  for (const v of reps.slice(0, 5)) await put(`referralCandidates ${v}`, Q.referrals, { v });
  await put('brokers', Q.brokers);
  for (const t of [...companies.slice(0, 2), ...reps.slice(0, 3)]) await put(`warmIntroPaths ${t}`, Q.paths, { t });
  await put('kpis', Q.kpis);
  for (const d of DUE_BY) for (const m of [null, manager]) await put(`followUps ${d} ${m}`, Q.followUps, { d, m });
  for (let page = 0, after: string | null = null; page < 3; page++) {
    await put(`interactions ${page}`, Q.interactions, { after });
    after = (out[`interactions ${page}`] as any)?.interactions.pageInfo.endCursor ?? null;
  }
  await put('people', Q.people);
  return out;
}

describeEachEngine('analysts cannot infer masked fields', (store) => {
  let api: TestApi;
  const before: Record<string, Record<string, unknown>> = {};
  const after: Record<string, Record<string, unknown>> = {};
  beforeAll(async () => {
    api = await TestApi.create(store());
    await api.ok(IMPORT, { s: snapshot });
    // What admins are asked: what reads masked fields, and what is cached (so that an admin fills the caches first).
    const adminKinds = ['proposalTargets', 'proposalsFor', 'rep', 'keyPersons', 'referralCandidates', 'followUps'];
    before.analyst = await ask(api, ANALYST);
    before.admin = await ask(api, ADMIN, adminKinds);
    await api.ok(IMPORT, { s: flipped });
    after.admin = await ask(api, ADMIN, adminKinds);
    after.analyst = await ask(api, ANALYST);
  }, 600_000);
  afterAll(() => api?.stop());

  it('the flip reached the store and changes what admins see (so the comparison below can fail)', () => {
    for (const r of flipped.reps.filter((x: any) => reps.includes(x.id))) {
      expect((after.admin[`rep ${r.id}`] as any).rep).toMatchObject({ email: r.email ?? null, phone: r.phone ?? null, disc: r.disc ?? null,
        mbti: r.mbti ?? null, stance: r.stance ?? null, responseSpeed: r.responseSpeed ?? null, notes: r.notes ?? null });
    }
    const changed = (label: string) => JSON.stringify(before.admin[label]) !== JSON.stringify(after.admin[label]);
    expect(products.filter((p) => changed(`proposalTargets ${p}`))).toEqual(products);
    expect(changed('followUps null null')).toBe(true);
    expect(changed('followUps 2026-10-31 null')).toBe(true);
    expect((before.admin['followUps null null'] as any).followUps.length).toBeGreaterThan(20);
    const targets = Object.entries(after.admin).filter(([k]) => k.startsWith('proposalTargets')).flatMap(([, v]) => (v as any).proposalTargets);
    expect(targets.length).toBeGreaterThan(75);
    expect(targets.every((t: any) => typeof t.signals.responsiveness === 'number')).toBe(true);
  });

  it('every analyst answer (scores, ranks, order, reasons, filters, lists) is byte-identical after the flip', () => {
    // Not vacuous: each kind of question has answers with content.
    const filled = (kind: string) => Object.entries(before.analyst).filter(([k, v]) => k.startsWith(kind) && JSON.stringify(v).length > 200).length;
    for (const kind of ['proposalTargets', 'proposalsFor', 'keyPersons', 'referralCandidates', 'brokers', 'warmIntroPaths', 'kpis', 'interactions', 'people']) {
      expect([kind, filled(kind) > 0]).toEqual([kind, true]);
    }
    for (const label of Object.keys(before.analyst)) expect([label, after.analyst[label]]).toEqual([label, before.analyst[label]]);
    expect(JSON.stringify(after.analyst)).toBe(JSON.stringify(before.analyst));
  });

  it('the algebraic attack on proposalTargets recovers no one\'s response speed or stance', () => {
    const truth = (s: Record<string, any>) => new Map<string, string>(s.reps.map((r: any) => [r.id, tendencyName(r)]));
    const [ta, tb] = [truth(snapshot), truth(flipped)];
    const attack = (answers: Record<string, unknown>) => Object.entries(answers).filter(([k]) => k.startsWith('proposalTargets'))
      .flatMap(([, v]) => (v as any).proposalTargets)
      .map((t: any) => [`${t.product} ${t.rep.id}`, { id: t.rep.id as string, guess: recoverTendencies(t.score, t.signals) }] as const);
    const [ga, gb] = [attack(before.analyst), new Map(attack(after.analyst))];
    expect(ga.length).toBeGreaterThan(75);
    // Each world's truth differs for every rep; an attack that worked would be right in both worlds.
    const rightInBoth = ga.filter(([k, { id, guess }]) => guess.has(ta.get(id)!) && gb.get(k)?.guess.has(tb.get(id)!));
    expect(rightInBoth).toEqual([]);
  });

  it('followUps gives analysts none of the items whose content is masked, whatever dueBy or managerId', () => {
    for (const [label, v] of Object.entries(before.analyst)) if (label.startsWith('followUps')) expect((v as any).followUps).toEqual([]);
  });
});
