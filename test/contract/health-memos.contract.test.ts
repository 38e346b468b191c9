import { importSnapshot } from '@/wiring/snapshot';
import { sharedNetwork } from '@/app/health/trust-network';
import { keyPersonCacheStats } from '@/app/key-persons/key-person-rankings';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { HEALTH_AS_OF, healthSnapshot } from './health.fixture';

jest.setTimeout(120_000);

const FOLLOW_UPS = `query($m: ID!) { dailyFollowUps(managerId: $m, asOf: "${HEALTH_AS_OF}") { kind urgency date why personId interactionId dealId contractId } }`;
const HEALTH = `query($a: ID!, $b: ID!) { relationshipHealth(a: $a, b: $b, asOf: "${HEALTH_AS_OF}") {
  effectiveTrust trend basis evidence { kind id effect } } }`;
const TIE = `{ person(id: "m1") { ties { personId relationship { effectiveTrust evidence { id } } } } }`;
const KEY_PERSONS = `{ keyPersons(companyId: "c1") { rep { id } score reasons } }`;
const CREATE = 'mutation($i: CreateInteractionInput!) { createInteraction(input: $i) { id } }';

/**
 * The day's follow-ups, a tie's health and key-person rankings are kept between requests while the in-memory network
 * is loaded (change-feed memos, src/app/health/change-memo.ts; key persons until a change that can move a ranking):
 * a request after a write must see it, on both engines.
 */
describeEachEngine('answers kept between requests change with the next write', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    await importSnapshot(store(), healthSnapshot());
    api = await TestApi.create(store(), { DEMO_AS_OF: HEALTH_AS_OF });
    await neighbourhoodsOf(store()).warmUp(HEALTH_AS_OF);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('dailyFollowUps: the same answer asked again, a new next action on the next request', async () => {
    expect(sharedNetwork(store())).not.toBeNull();
    const before = (await api.ok(FOLLOW_UPS, { m: 'm1' })).dailyFollowUps;
    expect((await api.ok(FOLLOW_UPS, { m: 'm1' })).dailyFollowUps).toEqual(before);
    expect(before.some((f: any) => f.interactionId === 'memo-1')).toBe(false);
    await api.ok(CREATE, { i: {
      id: 'memo-1', at: '2026-10-30T10:00:00+09:00', channel: 'CALL', managerIds: ['m1'], repIds: ['r2'],
      nextAction: { description: '資料を送る', dueDate: '2026-10-30' },
    } });
    const after = (await api.ok(FOLLOW_UPS, { m: 'm1' })).dailyFollowUps;
    expect(after.find((f: any) => f.interactionId === 'memo-1')).toMatchObject({ kind: 'OVERDUE_ACTION', date: '2026-10-30' });
    // closed: gone on the next request
    await api.ok('mutation { updateInteraction(id: "memo-1", input: { nextAction: { description: "資料を送る", dueDate: "2026-10-30", done: true } }) { id } }');
    expect((await api.ok(FOLLOW_UPS, { m: 'm1' })).dailyFollowUps.some((f: any) => f.interactionId === 'memo-1')).toBe(false);
  });

  it('relationshipHealth and Relationship.effectiveTrust: a new interaction is evidence on the next request', async () => {
    const before = (await api.ok(HEALTH, { a: 'm1', b: 'r2' })).relationshipHealth;
    expect((await api.ok(HEALTH, { a: 'm1', b: 'r2' })).relationshipHealth).toEqual(before);
    const tieBefore = (await api.ok(TIE)).person.ties.find((t: any) => t.personId === 'r2').relationship;
    expect(tieBefore.effectiveTrust).toBe(before.effectiveTrust);
    await api.ok(CREATE, { i: { id: 'memo-2', at: '2026-10-29T10:00:00+09:00', channel: 'MEETING', managerIds: ['m1'], repIds: ['r2'], reaction: 'POSITIVE' } });
    const after = (await api.ok(HEALTH, { a: 'm1', b: 'r2' })).relationshipHealth;
    expect(after.evidence.map((e: any) => e.id)).toContain('memo-2');
    expect(after.effectiveTrust).toBeGreaterThan(before.effectiveTrust);
    const tieAfter = (await api.ok(TIE)).person.ties.find((t: any) => t.personId === 'r2').relationship;
    expect(tieAfter.effectiveTrust).toBe(after.effectiveTrust);
    expect(tieAfter.evidence.map((e: any) => e.id)).toContain('memo-2');
  });

  it('key persons: kept across a write that cannot move them (an interaction), ranked again after one that can (a title)', async () => {
    const before = (await api.ok(KEY_PERSONS)).keyPersons;
    const misses = keyPersonCacheStats().misses;
    await api.ok(CREATE, { i: { id: 'memo-3', at: '2026-10-28T10:00:00+09:00', channel: 'CALL', managerIds: ['m1'], repIds: ['r3'] } });
    expect((await api.ok(KEY_PERSONS)).keyPersons).toEqual(before);
    expect(keyPersonCacheStats().misses).toBe(misses);
    // r3 (担当, ranked below 部長 and 課長) becomes the president: the ranking moves on the next request
    expect(before.map((k: any) => k.rep.id).indexOf('r3')).toBeGreaterThan(0);
    await api.ok('mutation { updateEmployment(id: "r3@c1@2021-04-01", input: { title: "代表取締役社長" }) { id } }');
    const after = (await api.ok(KEY_PERSONS)).keyPersons;
    expect(keyPersonCacheStats().misses).toBeGreaterThan(misses);
    expect(after.find((k: any) => k.rep.id === 'r3').score).toBeGreaterThan(before.find((k: any) => k.rep.id === 'r3').score);
  });

  it("the team's risks after an interaction rank no partner's key persons again, and see a title change on the next request", async () => {
    const RISKS = `{ relationshipRisks(asOf: "${HEALTH_AS_OF}", limit: 100) { kind companyId nextStep { personId } } }`;
    const before = (await api.ok(RISKS)).relationshipRisks;
    const misses = keyPersonCacheStats().misses;
    await api.ok(CREATE, { i: { id: 'memo-4', at: '2026-10-29T10:00:00+09:00', channel: 'CALL', managerIds: ['m1'], repIds: ['r2'] } });
    expect((await api.ok(RISKS)).relationshipRisks).toEqual(before);
    expect(keyPersonCacheStats().misses).toBe(misses);
    // a title moves rankings: ranked again, and the risks follow the new ranking on the next request
    await api.ok('mutation { updateEmployment(id: "r3@c1@2021-04-01", input: { title: "担当" }) { id } }');
    await api.ok(RISKS);
    expect(keyPersonCacheStats().misses).toBeGreaterThan(misses);
  });
});
