import { importSnapshot } from '@/wiring/snapshot';
import { chooseNeighbourhoodSource } from '@/app/paths/choose-neighbourhood-source';
import { findWarmPaths } from '@/app/paths/find-warm-paths';
import { type WarmPathQuery } from '@/app/paths/warm-path';
import { describeEachEngine } from '../helpers/engines';
import { ANALYST, TestApi, managerActor } from '../helpers/graphql';
import { HEALTH_AS_OF, M1_R1_THEN, M2_R4, healthSnapshot } from './health.fixture';

jest.setTimeout(120_000);

const HEALTH = `query($a: ID!, $b: ID!, $asOf: String) { relationshipHealth(a: $a, b: $b, asOf: $asOf) {
  a b effectiveTrust rank trend trustThen trendSince basis recordedTrust recordedAt recordedAgeDays computedTrust lastContactAt
  evidence { kind id at signal label effect reason }
  override { trust at byId note status computed } } }`;

describeEachEngine('relationship health', (store) => {
  let api: TestApi;
  /** The in-memory warm-path network (both engines), loaded before any override: the override must reach it. */
  let cached: { find(q: WarmPathQuery): ReturnType<typeof findWarmPaths> } | null = null;
  beforeAll(async () => {
    await importSnapshot(store(), healthSnapshot());
    api = await TestApi.create(store(), { DEMO_AS_OF: HEALTH_AS_OF });
    const source = chooseNeighbourhoodSource(store(), 'on');
    await source.warmUp();
    cached = { find: (q) => findWarmPaths(source, q) };
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('computes effective trust, rank, trend and the evidence behind it (worked out by hand)', async () => {
    const { relationshipHealth: h } = await api.ok(HEALTH, { a: 'r1', b: 'm1', asOf: HEALTH_AS_OF });
    expect(h).toMatchObject({
      effectiveTrust: 0.6, rank: 'B', trend: 'FALLING', trustThen: M1_R1_THEN, trendSince: '2026-08-02', basis: 'ADJUSTED', recordedTrust: 0.7,
      recordedAgeDays: 303, computedTrust: 0.6, override: null, lastContactAt: '2026-10-10T10:00:00+09:00',
    });
    expect(h.evidence.map((e: any) => [e.id, e.effect])).toEqual([['i1', 0.05], ['i2', 0], ['i3', 0.05], ['d1', 0], ['i4', -0.1], ['i5', -0.1]]);
    expect(h.evidence[1].reason).toBe('Email on 2026-04-01, no positive or negative reaction: no change, contact without an answer or reaction builds no trust');
    expect(h.evidence[3].reason).toBe('Deal open on 2026-08-01: no change, only a won deal raises trust');
    expect(h.evidence[4].reason).toBe('Meeting on 2026-09-15, negative reaction: -0.1');
    // the same value on the Relationship, through a person's ties, and in a warm path
    const ties = await api.ok('{ person(id: "m1") { ties { personId relationship { effectiveTrust rank trend override { trust } } } } }');
    const r1 = ties.person.ties.find((t: any) => t.personId === 'r1');
    expect(r1.relationship).toEqual({ effectiveTrust: 0.6, rank: 'B', trend: 'FALLING', override: null });
    const [path] = await findWarmPaths(chooseNeighbourhoodSource(store(), 'off'), { to: 'r1', from: 'm1', maxHops: 1, today: HEALTH_AS_OF });
    expect(path.steps[0].trust).toBe(0.6);
  });

  it('is the recorded rating, with its age, when nothing newer happened; a won deal raises it', async () => {
    const { relationshipHealth: h } = await api.ok(HEALTH, { a: 'm1', b: 'r2', asOf: HEALTH_AS_OF });
    expect(h).toMatchObject({ effectiveTrust: 0.5, rank: 'B', trend: 'STABLE', basis: 'RECORDED', recordedAgeDays: 303 });
    // known since the recording, but nothing that moves trust: an open deal
    expect(h.evidence.map((e: any) => [e.id, e.effect])).toEqual([['d2', 0]]);
    const { relationshipHealth: w } = await api.ok(HEALTH, { a: 'm2', b: 'r4', asOf: HEALTH_AS_OF });
    expect(w).toMatchObject({ effectiveTrust: M2_R4, rank: 'A', basis: 'ADJUSTED' });
    // the won deal's raise has faded since 2026-02-01, and the list says by how much
    expect(w.evidence.map((e: any) => [e.kind, e.id, e.effect])).toEqual([['DEAL', 'd3', 0.05], ['FADED', null, Math.round((M2_R4 - 0.85) * 1e4) / 1e4]]);
    expect(w.evidence[1]).toMatchObject({ at: HEALTH_AS_OF, label: 'NO_EVIDENCE' });
    expect(w.evidence[1].reason).toBe('No positive or negative contact from 2026-02-01 to 2026-10-31 (272 days, the first 30 free): '
      + 'the raise above 0.8 fades with a half-life of 105.5 days for a relationship of 31 days, -0.0398');
    expect((await api.ok(HEALTH, { a: 'm1', b: 'r4' })).relationshipHealth).toBeNull();
  });

  it('a faded tie: warm paths, in memory and read per search, use exactly relationshipHealth.effectiveTrust on each day asked', async () => {
    const live = chooseNeighbourhoodSource(store(), 'off');
    const days = ['2026-02-15', HEALTH_AS_OF, '2026-06-01', HEALTH_AS_OF];
    const seen: number[] = [];
    for (const day of days) {
      const { relationshipHealth: h } = await api.ok(HEALTH, { a: 'm2', b: 'r4', asOf: day });
      const [inMemory] = await cached!.find({ to: 'r4', from: 'm2', maxHops: 1, today: day });
      const [perSearch] = await findWarmPaths(live, { to: 'r4', from: 'm2', maxHops: 1, today: day });
      expect([inMemory.strength, inMemory.steps[0].trust, perSearch.strength]).toEqual([h.effectiveTrust, h.effectiveTrust, h.effectiveTrust]);
      seen.push(h.effectiveTrust);
    }
    // 2026-02-15: 14 days after the won deal, within the 30 free days: 0.85. 2026-06-01: 120 days, 90 fading, half-life
    // 105.5 days (fixture): 0.8 + 0.05 × 0.5^(90 / 105.5). The in-memory network's memo follows the day asked, back and forth.
    expect(seen).toEqual([0.85, M2_R4, Math.round((0.8 + 0.05 * 0.5 ** (90 / 105.5)) * 1e4) / 1e4, M2_R4]);
    expect(seen[2]).toBe(0.8277);
    // two searches for different days at the same time on the shared network each get their own day's value
    const both = await Promise.all(['2026-02-15', HEALTH_AS_OF].map((today) => cached!.find({ to: 'r4', from: 'm2', maxHops: 1, today })));
    expect(both.map(([p]) => p.strength)).toEqual([0.85, M2_R4]);
  });

  it('takes an override from a manager on their own tie, shows it beside the computed value, warm paths use it, and clears it', async () => {
    const m1 = managerActor('m1');
    const set = await api.run('mutation { overrideTrust(a: "m1", b: "r1", trust: 0.9, note: "会食で関係改善") { effectiveTrust basis computedTrust override { trust byId note status computed } evidence { id effect } } }', {}, m1);
    expect(set.errors).toBeUndefined();
    expect(set.data!.overrideTrust).toMatchObject({
      effectiveTrust: 0.9, basis: 'OVERRIDDEN', computedTrust: 0.6, override: { trust: 0.9, byId: 'm1', note: '会食で関係改善', status: 'ACTIVE', computed: 0.6 },
    });
    // evidence before the override counts for nothing now, and says so
    expect(set.data!.overrideTrust.evidence.every((e: any) => e.effect === 0)).toBe(true);
    const [path] = await findWarmPaths(chooseNeighbourhoodSource(store(), 'off'), { to: 'r1', from: 'm1', maxHops: 1, today: HEALTH_AS_OF });
    expect(path.steps[0]).toMatchObject({ trust: 0.9, basis: 'OVERRIDDEN' });
    if (cached) expect((await cached.find({ to: 'r1', from: 'm1', maxHops: 1, today: HEALTH_AS_OF }))[0].steps[0].trust).toBe(0.9);
    // analysts see the override, not its note
    const seen = await api.run('{ relationshipHealth(a: "m1", b: "r1") { effectiveTrust override { trust note } } }', {}, ANALYST);
    expect(seen.data!.relationshipHealth).toEqual({ effectiveTrust: 0.9, override: { trust: 0.9, note: null } });
    const cleared = await api.run('mutation { clearTrustOverride(a: "r1", b: "m1") { effectiveTrust basis override { trust } } }', {}, m1);
    expect(cleared.data!.clearTrustOverride).toEqual({ effectiveTrust: 0.6, basis: 'ADJUSTED', override: null });
    if (cached) expect((await cached.find({ to: 'r1', from: 'm1', maxHops: 1, today: HEALTH_AS_OF }))[0].steps[0].trust).toBe(0.6);
    const again = await api.run('mutation { clearTrustOverride(a: "r1", b: "m1") { effectiveTrust } }', {}, m1);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a manager on another\'s tie, analysts, bad values and ties that do not exist', async () => {
    const other = await api.run('mutation { overrideTrust(a: "m2", b: "r4", trust: 0.1) { effectiveTrust } }', {}, managerActor('m1'));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const viaVars = await api.run('mutation($a: ID!) { overrideTrust(a: $a, b: "r3", trust: 0.1) { effectiveTrust } }', { a: 'r1' }, managerActor('m1'));
    expect(viaVars.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const analyst = await api.run('mutation { overrideTrust(a: "m1", b: "r1", trust: 0.1) { effectiveTrust } }', {}, ANALYST);
    expect(analyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await api.run('mutation { overrideTrust(a: "m1", b: "r1", trust: 1.5) { effectiveTrust } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const none = await api.run('mutation { overrideTrust(a: "m1", b: "r4", trust: 0.5) { effectiveTrust } }');
    expect(none.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.ok(HEALTH, { a: 'm2', b: 'r4', asOf: HEALTH_AS_OF })).relationshipHealth.override).toBeNull();
  });

  it('lists a manager\'s follow-ups, most urgent first, with why', async () => {
    const q = 'query($m: ID!) { dailyFollowUps(managerId: $m, asOf: "2026-10-31") { kind urgency date why companyId personId interactionId dealId contractId } }';
    const { dailyFollowUps: list } = await api.ok(q, { m: 'm1' });
    const kinds = list.map((f: any) => [f.kind, f.interactionId ?? f.contractId ?? f.dealId ?? f.personId]);
    expect(kinds).toContainEqual(['OVERDUE_ACTION', 'i5']);
    expect(kinds).toContainEqual(['RENEWAL', 'k1']);
    expect(kinds).toContainEqual(['QUIET_DEAL', 'd2']);
    expect(kinds).not.toContainEqual(['QUIET_DEAL', 'd1']);
    expect(list[0]).toMatchObject({ kind: 'OVERDUE_ACTION', date: '2026-10-25' });
    expect(list[0].why).toBe('Next action "見積もりを送る" (with 田中 太郎) was due 2026-10-25, 6 days overdue');
    const renewal = list.find((f: any) => f.kind === 'RENEWAL');
    expect(renewal).toMatchObject({ date: '2026-11-15', urgency: 0.7917 });
    for (let i = 1; i < list.length; i++) expect(list[i - 1].urgency).toBeGreaterThanOrEqual(list[i].urgency);
    // own only for managers; none for analysts; anyone's for admins
    expect((await api.run(q, { m: 'm2' }, managerActor('m1'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.run(q, { m: 'm1' }, managerActor('m1'))).data!.dailyFollowUps).toEqual(list);
    expect((await api.run(q, { m: 'm1' }, ANALYST)).data!.dailyFollowUps).toEqual([]);
    expect((await api.run(q, { m: 'r1' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists relationship risks with a next step and its warm path', async () => {
    const { relationshipRisks: risks } = await api.ok('{ relationshipRisks(asOf: "2026-10-31") { kind severity companyId why nextStep { personId personName action path { strength people { id } } } } }');
    const lapsing = risks.find((r: any) => r.kind === 'CONTRACT_LAPSING');
    expect(lapsing).toMatchObject({ severity: 'HIGH', companyId: 'c1' });
    expect(lapsing.why).toBe('The contract with アクメ comes up for renewal on 2026-11-15, in 15 days');
    // アクメ: r1 is the only one there with trust ≥ 0.6 (0.6), r2 0.5, r3 none
    const single = risks.find((r: any) => r.kind === 'SINGLE_THREADED');
    expect(single).toMatchObject({ companyId: 'c1' });
    expect(single.nextStep.personId).not.toBe('r1');
    if (single.nextStep.path) expect(single.nextStep.path.people.map((p: any) => p.id)).not.toContain('r1');
    const mine = (await api.ok('{ relationshipRisks(managerId: "m2", asOf: "2026-10-31") { companyId } }')).relationshipRisks;
    expect(mine.every((r: any) => r.companyId === 'c2')).toBe(true);
  });
});
