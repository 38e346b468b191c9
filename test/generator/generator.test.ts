import { collectSnapshot, generateSnapshot, networkSizes, snapshotJsonChunks } from '@/generator';
import { MANAGERIAL_TITLES } from '@/generator/vocabulary';
import {
  LISTS, type Rec, type Snap, degrees, densities, employmentProblems, enumerationProblems, groupBy, orgChartProblems, recordProblems,
  referenceProblems, relationshipProblems,
} from './snapshot-checks';

const textOf = (people: number, seed: string | number, chunkSize?: number): string =>
  [...snapshotJsonChunks(generateSnapshot({ people, seed }), { chunkSize })].join('');

const clone = (s: Snap): Snap => JSON.parse(JSON.stringify(s)) as Snap;

describe('snapshot generator', () => {
  const N = 2000;
  let s: Snap;
  let reps: Rec[];
  let managers: Rec[];
  let relationships: Rec[];
  let currentCompany: Map<string, string>;

  beforeAll(() => {
    s = collectSnapshot(generateSnapshot({ people: N, seed: 7 }));
    reps = s.reps;
    managers = s.managers;
    relationships = s.relationships;
    currentCompany = new Map(s.employments.filter((e: Rec) => e.until == null).map((e: Rec) => [e.repId, e.companyId]));
  });

  describe('determinism and the JSON stream', () => {
    it('gives byte-identical output for the same people and seed', () => {
      expect(textOf(600, 'alpha')).toBe(textOf(600, 'alpha'));
    });

    it('gives different output for another seed or another size', () => {
      const base = textOf(600, 'alpha');
      expect(textOf(600, 'beta')).not.toBe(base);
      expect(textOf(601, 'alpha')).not.toBe(base);
    });

    it('streams one JSON document equal to the collected snapshot, whatever the chunk size', () => {
      const small = textOf(300, 3, 512);
      expect(small).toBe(textOf(300, 3));
      expect(JSON.parse(small)).toEqual(collectSnapshot(generateSnapshot({ people: 300, seed: 3 })));
    });

    it('keeps chunks near the requested size (it never builds the whole text at once)', () => {
      const chunks = [...snapshotJsonChunks(generateSnapshot({ people: 1000, seed: 1 }), { chunkSize: 4096 })];
      expect(chunks.length).toBeGreaterThan(100);
      for (const c of chunks) expect(c.length).toBeLessThan(4096 + 2000);
    });

    it('does not depend on the state of Math.random', () => {
      const before = textOf(200, 9);
      const original = Math.random;
      Math.random = () => 0.5;
      try {
        expect(textOf(200, 9)).toBe(before);
      } finally {
        Math.random = original;
      }
    });
  });

  describe('shape', () => {
    it('has version 1 and exactly the contract lists, in order', () => {
      expect(Object.keys(s)).toEqual(['version', ...LISTS]);
      expect(s.version).toBe(1);
      for (const name of LISTS) expect(s[name].length).toBeGreaterThan(0);
    });

    it('has about 1% managers (at least 3) and about N/15 companies (at least 3)', () => {
      expect(managers.length).toBe(20);
      expect(managers.length + reps.length).toBe(N);
      expect(s.companies.length).toBe(Math.round(N / 15));
      expect(networkSizes(10)).toEqual({ managers: 3, reps: 7, companies: 3 });
      expect(networkSizes(1_000_000)).toEqual({ managers: 10_000, reps: 990_000, companies: 66_667 });
    });

    it('has heavy-tailed company sizes: many small partners, a few large ones', () => {
      const sizes = [...groupBy([...currentCompany.entries()], ([, c]) => c).values()].map((v) => v.length).sort((a, b) => a - b);
      expect(sizes.length).toBe(s.companies.length);
      const median = sizes[sizes.length >> 1];
      expect(median).toBeGreaterThanOrEqual(3);
      expect(median).toBeLessThanOrEqual(20);
      expect(sizes[sizes.length - 1]).toBeGreaterThan(10 * median);
      expect(sizes.filter((n) => n >= 3 && n <= 20).length / sizes.length).toBeGreaterThan(0.6);
    });

    it('fills every field of the partner chart', () => {
      const fields = ['id', 'name', 'partnerStatus', 'industry', 'prefecture', 'employeeCount', 'foundedYear', 'annualRevenue', 'capital',
        'fiscalYearEndMonth', 'customerCount', 'customerSegments', 'customFields'];
      const size = new Map<string, number>();
      for (const c of currentCompany.values()) size.set(c, (size.get(c) ?? 0) + 1);
      for (const c of s.companies) {
        for (const f of fields) expect(c[f]).not.toBeNull();
        expect(c.name).toMatch(/株式会社/);
        expect(Object.keys(c.customFields).length).toBeGreaterThanOrEqual(2);
        expect(c.customerSegments.length).toBeGreaterThanOrEqual(1);
        expect(c.fiscalYearEndMonth).toBeGreaterThanOrEqual(1);
        expect(c.fiscalYearEndMonth).toBeLessThanOrEqual(12);
        expect(c.employeeCount).toBeGreaterThanOrEqual(size.get(c.id) ?? 0);
      }
      expect(new Set(s.companies.map((c: Rec) => c.name)).size).toBe(s.companies.length);
    });

    it('gives people Japanese names with katakana readings, e-mail addresses and phones', () => {
      for (const r of reps) {
        expect(r.name).toMatch(/^\S+ \S+$/);
        expect(r.nameKana).toMatch(/^[ァ-ヶー]+ [ァ-ヶー]+$/);
        expect(r.email).toMatch(/^[a-z.]+\d+@[a-z0-9-]+\.co\.jp$/);
        expect(r.phone).toMatch(/^0\d{1,2}-\d{3,4}-\d{4}$/);
        expect(r.expertise.length).toBeGreaterThanOrEqual(1);
        expect(r.interests.length).toBeGreaterThanOrEqual(1);
      }
      expect(new Set(reps.map((r) => r.email)).size).toBe(reps.length);
      const withDisc = reps.filter((r) => r.disc != null).length / reps.length;
      expect(withDisc).toBeGreaterThan(0.2);
      expect(withDisc).toBeLessThan(0.8);
      expect(new Set(managers.map((m) => m.team)).size).toBeGreaterThanOrEqual(3);
    });

    it('gives most ACTIVE partners an ACTIVE contract', () => {
      const active = s.companies.filter((c: Rec) => c.partnerStatus === 'ACTIVE').map((c: Rec) => c.id);
      const contracted = new Set(s.contracts.filter((k: Rec) => k.status === 'ACTIVE').map((k: Rec) => k.companyId));
      expect(active.filter((id: string) => contracted.has(id)).length / active.length).toBeGreaterThan(0.8);
    });
  });

  describe('integrity', () => {
    it('resolves every reference and keeps ids unique', () => {
      expect(referenceProblems(s)).toEqual([]);
    });

    it('uses only the contract enumerations', () => {
      expect(enumerationProblems(s)).toEqual([]);
    });

    it('keeps dates in 2015..2026-11, instants with an offset, and deals consistent', () => {
      expect(recordProblems(s)).toEqual([]);
      const stages = new Set(s.deals.map((d: Rec) => d.stage));
      expect([...stages].sort()).toEqual(['LOST', 'OPEN', 'WON']);
    });
  });

  describe('employments', () => {
    it('gives every rep exactly one current employment and consistent move dates', () => {
      expect(employmentProblems(s)).toEqual([]);
    });

    it('moves about 15% of reps between partners', () => {
      const byRep = groupBy(s.employments as Rec[], (e) => e.repId);
      const movers = [...byRep.values()].filter((es) => new Set(es.map((e) => e.companyId)).size > 1).length;
      expect(movers / reps.length).toBeGreaterThan(0.1);
      expect(movers / reps.length).toBeLessThan(0.2);
    });

    it('has one org chart per company: a tree under a head with a managerial title', () => {
      expect(orgChartProblems(s, MANAGERIAL_TITLES)).toEqual([]);
      const bossed = new Set(s.reportsTo.map((r: Rec) => r.repId));
      const heads = groupBy(reps.filter((r) => !bossed.has(r.id)), (r) => currentCompany.get(r.id)!);
      expect(heads.size).toBe(s.companies.length);
      for (const group of heads.values()) expect(group).toHaveLength(1);
    });
  });

  describe('relationships', () => {
    it('has no self-relationships, each unordered pair once, trust in [0, 1]', () => {
      expect(relationshipProblems(s)).toEqual([]);
    });

    it('averages about 10 relationships per person, with a heavy tail', () => {
      const d = [...degrees(s).values()].sort((a, b) => a - b);
      const mean = d.reduce((x, y) => x + y, 0) / d.length;
      expect(mean).toBeGreaterThan(9.5);
      expect(mean).toBeLessThan(10.5);
      expect(d[d.length >> 1]).toBeLessThan(mean);
      expect(d[d.length - 1]).toBeGreaterThan(6 * mean);
      expect(d.filter((x) => x >= 2 && x <= 5).length / d.length).toBeGreaterThan(0.2);
    });

    it('connects colleagues far more densely than strangers', () => {
      const { colleague, stranger } = densities(s);
      expect(colleague).toBeGreaterThan(20 * stranger);
    });

    it('labels kinds by what the two people share', () => {
      const isManager = new Set(managers.map((m) => m.id));
      const companiesOf = new Map<string, Set<string>>();
      for (const e of s.employments) (companiesOf.get(e.repId) ?? companiesOf.set(e.repId, new Set()).get(e.repId)!).add(e.companyId);
      const kinds = new Map<string, number>();
      for (const r of relationships) {
        kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
        const managersIn = Number(isManager.has(r.a)) + Number(isManager.has(r.b));
        if (r.kind === 'BUSINESS') expect(managersIn).toBe(1);
        if (r.kind === 'COLLEAGUE' && managersIn === 0) expect(currentCompany.get(r.a)).toBe(currentCompany.get(r.b));
        if (r.kind === 'COLLEAGUE' && managersIn > 0) expect(managersIn).toBe(2);
        if (r.kind === 'FORMER_COLLEAGUE') {
          expect(managersIn).toBe(0);
          expect(currentCompany.get(r.a)).not.toBe(currentCompany.get(r.b));
          expect([...companiesOf.get(r.a)!].some((c) => companiesOf.get(r.b)!.has(c))).toBe(true);
        }
        if (r.kind === 'PERSONAL') expect(managersIn).toBe(0);
      }
      for (const kind of ['BUSINESS', 'COLLEAGUE', 'FORMER_COLLEAGUE', 'PERSONAL']) expect(kinds.get(kind)).toBeGreaterThan(0);
      expect(kinds.get('COLLEAGUE')).toBeGreaterThan(kinds.get('PERSONAL')!);
    });

    it('trusts colleagues more than acquaintances', () => {
      const mean = (kind: string): number => {
        const t = relationships.filter((r) => r.kind === kind).map((r) => r.trust);
        return t.reduce((x, y) => x + y, 0) / t.length;
      };
      expect(mean('COLLEAGUE')).toBeGreaterThan(0.55);
      expect(mean('COLLEAGUE')).toBeLessThan(0.85);
      expect(mean('PERSONAL')).toBeLessThan(mean('COLLEAGUE') - 0.1);
      expect(new Set(relationships.map((r) => r.trust)).size).toBeGreaterThan(50);
    });
  });

  describe('portfolio and our managers', () => {
    it('gives each partner one or two owners, and every manager at least one partner', () => {
      const owners = groupBy(s.portfolio as Rec[], (p) => p.companyId);
      for (const c of s.companies) {
        const n = owners.get(c.id)?.length ?? 0;
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(2);
      }
      const owning = new Set(s.portfolio.map((p: Rec) => p.managerId));
      for (const m of managers) expect(owning.has(m.id)).toBe(true);
    });

    it('ties every manager to several reps at each of their partners', () => {
      const edge = new Map<string, Rec>();
      for (const r of relationships) edge.set(`${r.a}|${r.b}`, r).set(`${r.b}|${r.a}`, r);
      const staff = groupBy([...currentCompany.keys()], (r) => currentCompany.get(r)!);
      for (const p of s.portfolio) {
        const people = staff.get(p.companyId)!;
        const known = people.filter((r) => edge.get(`${p.managerId}|${r}`)?.kind === 'BUSINESS').length;
        expect(known).toBeGreaterThanOrEqual(Math.min(2, people.length));
      }
    });

    it('records introductions that make sense', () => {
      const edge = new Set(relationships.map((r) => `${r.a}|${r.b}`));
      const knows = (x: string, y: string): boolean => edge.has(`${x}|${y}`) || edge.has(`${y}|${x}`);
      const triples = new Set<string>();
      for (const x of s.introductions) {
        expect(knows(x.introducerId, x.introducedId)).toBe(true);
        expect(knows(x.introducerId, x.toManagerId)).toBe(true);
        if (x.outcome === 'MET') expect(knows(x.toManagerId, x.introducedId)).toBe(true);
        const key = `${x.introducerId}>${x.introducedId}>${x.toManagerId}`;
        expect(triples.has(key)).toBe(false);
        triples.add(key);
      }
      expect(new Set(s.introductions.map((x: Rec) => x.outcome)).size).toBe(3);
    });

    it('proposes deals through an owner of the partner, with a rep who worked there at the time', () => {
      const owners = new Map((s.portfolio as Rec[]).map((p) => [`${p.managerId}|${p.companyId}`, p.since]));
      const periods = groupBy(s.employments as Rec[], (e) => `${e.repId}|${e.companyId}`);
      let formerStaff = 0;
      for (const d of s.deals) {
        const since = owners.get(`${d.managerId}|${d.companyId}`);
        expect(since).toBeDefined();
        expect(since <= d.proposedAt).toBe(true);
        const worked = (periods.get(`${d.repId}|${d.companyId}`) ?? []).filter((e) => e.since <= d.proposedAt && (e.until == null || d.proposedAt <= e.until));
        expect(worked.length).toBeGreaterThan(0);
        if (currentCompany.get(d.repId) !== d.companyId) formerStaff++;
      }
      // Movers take their history with them: some deals were brought in at a former employer.
      expect(formerStaff).toBeGreaterThan(0);
    });

    it('records interactions with Japanese notes, some follow-ups and both open and done actions', () => {
      const withAction = s.interactions.filter((x: Rec) => x.nextAction != null);
      expect(withAction.length / s.interactions.length).toBeGreaterThan(0.3);
      expect(withAction.some((x: Rec) => x.nextAction.done)).toBe(true);
      expect(withAction.some((x: Rec) => !x.nextAction.done)).toBe(true);
      for (const x of s.interactions.slice(0, 500)) expect(x.summary).toMatch(/[ぁ-んァ-ヶ一-龯]/);
    });
  });

  describe('the checks themselves', () => {
    it('catch a self-relationship, a duplicate pair and trust out of range', () => {
      const bad = clone(s);
      bad.relationships.push({ ...bad.relationships[0], a: 'r1', b: 'r1' });
      const first = bad.relationships[1];
      bad.relationships.push({ ...first, a: first.b, b: first.a });
      bad.relationships[2].trust = 1.2;
      const problems = relationshipProblems(bad);
      expect(problems.some((p) => p.includes('self-relationship'))).toBe(true);
      expect(problems.some((p) => p.includes('already'))).toBe(true);
      expect(problems.some((p) => p.includes('trust'))).toBe(true);
    });

    it('catch a dangling reference and a duplicate id', () => {
      const bad = clone(s);
      bad.deals[0].repId = 'r999999';
      bad.reps.push({ ...bad.reps[0] });
      const problems = referenceProblems(bad);
      expect(problems.some((p) => p.includes('r999999'))).toBe(true);
      expect(problems.some((p) => p.includes('duplicate'))).toBe(true);
    });

    it('catch two current employments and overlapping periods', () => {
      const bad = clone(s);
      const mover = bad.employments.find((e: Rec) => e.until != null);
      bad.employments.push({ ...bad.employments.find((e: Rec) => e.until == null && e.repId !== mover.repId), companyId: 'c1', since: '2026-01-01' });
      mover.until = '2026-10-30';
      const problems = employmentProblems(bad);
      expect(problems.some((p) => p.includes('2 current'))).toBe(true);
      expect(problems.some((p) => p.includes('after the next since'))).toBe(true);
    });

    it('catch bad enumerations, dates and deal invariants', () => {
      const bad = clone(s);
      bad.deals[0].grossProfit = bad.deals[0].amount;
      bad.interactions[0].at = '2024-06-01T10:00:00';
      bad.companies[0].partnerStatus = 'FRIEND';
      bad.portfolio[0].since = '2014-12-31';
      expect(recordProblems(bad).length).toBeGreaterThanOrEqual(3);
      expect(enumerationProblems(bad)).toHaveLength(1);
    });

    it('catch a cycle in the org chart', () => {
      const bad = clone(s);
      const r = bad.reportsTo[0];
      bad.reportsTo.push({ repId: r.bossId, bossId: r.repId });
      expect(orgChartProblems(bad, MANAGERIAL_TITLES).some((p) => p.includes('cycle'))).toBe(true);
    });
  });

  describe('sizes at the edges', () => {
    it('builds a valid minimal network', () => {
      const tiny = collectSnapshot(generateSnapshot({ people: 10, seed: 1 }));
      expect(tiny.managers).toHaveLength(3);
      expect(tiny.companies).toHaveLength(3);
      expect(referenceProblems(tiny)).toEqual([]);
      expect(relationshipProblems(tiny)).toEqual([]);
      expect(employmentProblems(tiny)).toEqual([]);
      const owning = new Set((tiny.portfolio as Rec[]).map((p) => p.managerId));
      expect(owning.size).toBe(3);
    });

    it('refuses sizes it cannot shape', () => {
      expect(() => generateSnapshot({ people: 9, seed: 1 })).toThrow(RangeError);
      expect(() => generateSnapshot({ people: 100.5, seed: 1 })).toThrow(RangeError);
    });
  });
});
