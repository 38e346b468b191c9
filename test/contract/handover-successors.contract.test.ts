import { rankSuccessors } from '@/domain/handover/successors';
import { type TieRecords, tieTrust, tiedTo } from '@/domain/handover/tie-trust';
import { type Person } from '@/domain/person/person';
import { PersonKind } from '@/domain/shared/enums';
import { roundScore } from '@/domain/shared/rounding';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';

/**
 * The brief's successors are found by bound-and-read (record-job-change.ts: bestSuccessors): checked here against
 * the obvious brute force (every colleague's exact score, rankSuccessors over all) on random partners of 40.
 */
const TODAY = '2026-10-31';
const TITLES = ['部長', '課長', '主任', '担当', null, '代表取締役', '係長', '課長代理'];

function randomPartner(seed: number) {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const trust = () => Math.round(rnd() * 100) / 100;
  const managers = Array.from({ length: 5 }, (_, i) => ({ id: `M${i}`, name: `マネージャー ${i}`, team: 'T' }));
  const colleagues = Array.from({ length: 40 }, (_, i) => ({ id: `C${String(i).padStart(2, '0')}`, name: `同僚 ${i}` }));
  const relationships: any[] = [];
  const interactions: any[] = [];
  const introductions: any[] = [];
  const recordedAt = '2026-01-01T00:00:00Z';
  for (const c of colleagues) {
    if (rnd() < 0.4) relationships.push({ a: 'L', b: c.id, trust: trust(), kind: 'COLLEAGUE', recordedAt });
    for (const m of managers) {
      const r = rnd();
      if (r < 0.15) relationships.push({ a: m.id, b: c.id, trust: trust(), kind: 'BUSINESS', recordedAt });
      else if (r < 0.2) introductions.push({ introducerId: 'L', introducedId: c.id, toManagerId: m.id, at: '2026-02-01', outcome: pick(['MET', 'MET', 'DECLINED', 'PENDING']) });
      if (r < 0.2 && rnd() < 0.6) {
        interactions.push({ id: `I${interactions.length}`, at: `2026-0${3 + Math.floor(rnd() * 6)}-10T10:00:00+09:00`, channel: 'MEETING', managerIds: [m.id], repIds: [c.id], reaction: pick(['POSITIVE', 'POSITIVE', 'NEGATIVE', 'NEUTRAL']) });
      }
    }
  }
  return {
    version: 1,
    companies: [{ id: 'Z', name: 'ゼット', partnerStatus: 'ACTIVE' }],
    managers,
    reps: [{ id: 'L', name: '去る人' }, ...colleagues],
    employments: [{ repId: 'L', companyId: 'Z', title: '課長', since: '2015-04-01' }, ...colleagues.map((c) => ({ repId: c.id, companyId: 'Z', title: pick(TITLES), since: '2020-04-01' }))],
    portfolio: [{ managerId: 'M0', companyId: 'Z' }],
    relationships, interactions, introductions,
  };
}

/** Our managers' effective trust with `personId`, computed from the records themselves (the brute force), strongest first. */
function managerTrust(personId: string, records: TieRecords, people: Map<string, Person>, asOf: string): { managerId: string; managerName: string; trust: number }[] {
  const out: { managerId: string; managerName: string; trust: number }[] = [];
  for (const other of tiedTo(personId, records)) {
    const p = people.get(other);
    if (!p || p.kind !== PersonKind.MANAGER) continue;
    const t = tieTrust(personId, other, records, asOf);
    if (t) out.push({ managerId: other, managerName: p.name, trust: roundScore(t.trust) });
  }
  return out.sort((a, b) => b.trust - a.trust || a.managerId.localeCompare(b.managerId));
}

function bruteForce(s: ReturnType<typeof randomPartner>) {
  const records: TieRecords = {
    relationships: s.relationships.map((r) => ({ ...r, id: `${r.a}~${r.b}`, since: null, version: 1 })),
    interactions: s.interactions.map((i) => ({ ...i, summary: null, concerns: [], nextAction: null, version: 1 })),
    introductions: s.introductions.map((x) => ({ ...x, id: `${x.introducerId}>${x.introducedId}>${x.toManagerId}` })),
    deals: [],
  };
  const people = new Map<string, Person>([
    ...s.managers.map((m) => [m.id, { ...m, kind: 'MANAGER', nameKana: null, email: null, phone: null, version: 1 } as unknown as Person] as const),
  ]);
  return rankSuccessors(s.employments.filter((e) => e.repId !== 'L').map((e) => {
    const best = managerTrust(e.repId, records, people, TODAY)[0];
    return {
      personId: e.repId, name: s.reps.find((r) => r.id === e.repId)!.name, title: e.title,
      tieToLeaver: tieTrust('L', e.repId, records, TODAY)?.trust ?? 0, ourBest: best ? { managerName: best.managerName, trust: best.trust } : null,
    };
  }), '去る人', 5);
}

describeEachEngine('handover: successors found by bound-and-read equal the brute force', (store, engine) => {
  it.each([1, 2, 3])('random partner of 40 colleagues, seed %i', async (seed) => {
    const api = await TestApi.create(store(), { DEMO_AS_OF: TODAY });
    try {
      await store().write((ops) => ops.run('test/wipe'));
      const s = randomPartner(seed * 7919);
      await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s });
      const r = await api.ok(`mutation { recordJobChange(input: { repId: "L", effectiveDate: "2026-10-15" }) {
        brief { successors { rep { id } score tieToLeaver ourTrust seniority reasons } } } }`);
      const expected = bruteForce(s);
      expect(expected.length).toBe(5);
      expect(r.recordJobChange.brief.successors).toEqual(expected.map((c) => ({
        rep: { id: c.personId }, score: c.score, tieToLeaver: c.tieToLeaver, ourTrust: c.ourTrust, seniority: c.seniority, reasons: c.reasons,
      })));
    } finally {
      await api.stop();
    }
    void engine;
  });
});
