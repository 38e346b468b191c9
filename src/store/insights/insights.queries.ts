/**
 * Store reads of the insight features (key persons, brokers, referrals, proposals). Each function runs a fixed
 * number of named queries (cypher/shared/insights/), whatever the number of people involved: no N+1.
 *
 * The queries answer in columns (one row per company or one row in all, holding parallel lists): Kuzu hands
 * back a few long lists far faster than many rows (500,000 ties: ~1.5 s as lists, ~18 s as rows, measured).
 * collect() drops nulls on both engines, so nullable values are coalesced to '' (or −1 for amounts) in Cypher
 * and read back as null here.
 */
import { type TrustNetworkInput } from '@/domain/brokers/team-brokerage';
import { type ChartLink, type CompanySubgraph, type DealFact } from '@/domain/key-persons/key-persons';
import { type InsightBase, type RepFacts, strategyKey } from '@/domain/matching/facts';
import { type ViaNetwork } from '@/domain/matching/referrals';
import { type GraphOperations, topicKey } from '@/store/graph-operations';
import { type Row } from '@/store/runner';
import { COMPANY_DEAL_COLUMNS, type CompanyDealColumns, companyDealFact } from '@/store/paths/paths.queries';
import { stringPool } from '@/domain/shared/string-pool';

type Columns = Record<string, unknown[]>;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** '' (how a null travels in a collected list) back to null. */
const opt = (v: unknown): string | null => (v == null || v === '' ? null : String(v));

/**
 * One string per distinct value within a read: each value of a query's answer is a string of its own, and ids, topics,
 * names and enum values repeat across rows (each person's id ~10 times among 500,000 ties), so a whole-network
 * section held in memory keeps one copy of each (measured at 100,000 people: see bench/results/service-memory.md).
 */
export function interner(): { (v: unknown): string; opt(v: unknown): string | null; topic(v: unknown): string } {
  const pool = stringPool();
  const keys = new Map<string, string>();
  const intern = (v: unknown): string => pool.intern(v);
  intern.opt = pool.internOrNull;
  /** topicKey of the value, one string per key. */
  intern.topic = (v: unknown): string => {
    const s = String(v);
    let k = keys.get(s);
    if (k === undefined) keys.set(s, (k = intern(topicKey(s))));
    return k;
  };
  return intern;
}

/** Reads the parallel lists of one columnar row. */
export function columns(row: Row, names: readonly string[]): Columns {
  const out: Columns = {};
  for (const n of names) out[n] = list(row[n]);
  return out;
}

function emptySubgraph(companyId: string): CompanySubgraph {
  return { companyId, companyName: '', members: [], ties: [], chart: [], deals: [], introductions: [], managerTies: [] };
}

/**
 * The subgraphs of some companies as of `today`: current members, the trust ties and reports-to links among
 * them, the companies' deals, the members' introductions and our managers' ties to them. Six queries, side by
 * side, for any number of companies.
 */
export async function companySubgraphs(ops: GraphOperations, companyIds: readonly string[], today: string): Promise<Map<string, CompanySubgraph>> {
  const ids = [...new Set(companyIds)];
  const out = new Map<string, CompanySubgraph>(ids.map((id) => [id, emptySubgraph(id)]));
  if (ids.length === 0) return out;
  const params = { ids, today };
  const [members, knowsOut, knowsIn, chart, deals, intros] = await Promise.all([
    ops.run('insights/company-members', params),
    ops.run('insights/company-knows-out', { ids }),
    ops.run('insights/company-knows-in', { ids }),
    ops.run('insights/company-chart', { ids }),
    ops.run('insights/company-deals', { ids }),
    ops.run('insights/company-introductions', { ids }),
  ]);
  const current = new Map<string, Set<string>>();
  for (const row of members) {
    const g = out.get(String(row.companyId));
    if (!g) continue;
    const c = columns(row, ['ids', 'names', 'titles', 'departments', 'since']);
    const set = new Set<string>();
    c.ids.forEach((id, i) => {
      set.add(String(id));
      g.members.push({ id: String(id), name: String(c.names[i]), title: opt(c.titles[i]), department: opt(c.departments[i]), since: opt(c.since[i]) });
    });
    current.set(g.companyId, set);
  }
  // Ties, links and introductions are read from everyone employed there at any time (Kuzu plans the
  // employment-period filter inside a two-step pattern badly); only current members are kept here.
  for (const row of [...knowsOut, ...knowsIn]) {
    const g = out.get(String(row.companyId));
    const set = current.get(String(row.companyId));
    if (!g || !set) continue;
    const c = columns(row, ['personIds', 'otherIds', 'otherKinds', 'otherNames', 'trusts']);
    c.personIds.forEach((pid, i) => {
      const personId = String(pid);
      const otherId = String(c.otherIds[i]);
      const trust = Number(c.trusts[i]);
      if (!set.has(personId)) return;
      if (c.otherKinds[i] === 'MANAGER') g.managerTies.push({ personId, managerId: otherId, managerName: String(c.otherNames[i]), trust });
      else if (set.has(otherId)) g.ties.push({ a: personId, b: otherId, trust });
    });
  }
  for (const row of chart) {
    const g = out.get(String(row.companyId));
    const set = current.get(String(row.companyId));
    if (!g || !set) continue;
    for (const l of chartLinks(row)) if (set.has(l.repId) && set.has(l.bossId)) g.chart.push(l);
  }
  for (const row of deals) out.get(String(row.companyId))?.deals.push(...dealFacts(row));
  for (const row of intros) {
    const g = out.get(String(row.companyId));
    const set = current.get(String(row.companyId));
    if (!g || !set) continue;
    const c = columns(row, ['ids', 'introducerIds', 'outcomes', 'at']);
    const seen = new Set<string>();
    c.introducerIds.forEach((p, i) => {
      // One row per employment record: someone employed there twice shows up twice.
      const key = `${String(c.ids[i])}\u0000${String(p)}`;
      if (!set.has(String(p)) || seen.has(key)) return;
      seen.add(key);
      g.introductions.push({ introducerId: String(p), outcome: String(c.outcomes[i]), at: opt(c.at[i]) });
    });
  }
  return out;
}

function chartLinks(row: Row): ChartLink[] {
  const c = columns(row, ['repIds', 'bossIds']);
  return c.repIds.map((r, i) => ({ repId: String(r), bossId: String(c.bossIds[i]) }));
}

/** A company's deals (the in-memory network reads them with the same rule: companyDealFact). */
function dealFacts(row: Row): DealFact[] {
  const c = columns(row, COMPANY_DEAL_COLUMNS) as CompanyDealColumns;
  return c.ids.map((_, i) => companyDealFact(c, i));
}

/** The whole trust network for the broker analysis: every tie, our team, everyone's company now. Three queries. */
export async function trustNetwork(ops: GraphOperations, today: string): Promise<TrustNetworkInput> {
  const [ties, managers, companyOf] = await Promise.all([trustTies(ops), managerIds(ops), currentEmployers(ops, today)]);
  return { managers, from: ties.from, to: ties.to, trust: ties.trust, companyOf };
}

/** Stored trust ties as parallel lists: tie i goes from from[i] to to[i] with trust[i]. */
export interface TrustTies {
  from: string[];
  to: string[];
  trust: number[];
}

/** Every stored trust tie. */
export async function trustTies(ops: GraphOperations): Promise<TrustTies> {
  const row = await ops.columns('insights/trust-network');
  if (!row) return { from: [], to: [], trust: [] };
  const t = columns(row, ['a', 'b', 'trust']);
  const id = interner();
  return { from: t.a.map(id), to: t.b.map(id), trust: t.trust.map(Number) };
}

/** The stored ties between each pair, either way round (key lookups, two per pair). */
export async function tiesBetween(ops: GraphOperations, pairs: readonly (readonly [string, string])[]): Promise<TrustTies> {
  const rows = await Promise.all(pairs.flatMap(([a, b]) => [ops.run('relationship/by-pair', { a, b }), ...(a === b ? [] : [ops.run('relationship/by-pair', { a: b, b: a })])]));
  const out: TrustTies = { from: [], to: [], trust: [] };
  for (const r of rows.flat()) {
    out.from.push(String(r.a));
    out.to.push(String(r.b));
    out.trust.push(Number(r.trust));
  }
  return out;
}

/** Our team: every manager's id. */
export async function managerIds(ops: GraphOperations): Promise<string[]> {
  const row = await ops.columns('insights/managers');
  return (row ? list(row.ids) : []).map(interner());
}

/** Everything proposals and referrals read, for the whole network: five columnar queries side by side. */
export async function insightBase(ops: GraphOperations, today: string): Promise<InsightBase> {
  const [reps, companyOf, ourTies, companies, deals] = await Promise.all([
    baseReps(ops), currentEmployers(ops, today), baseManagerTies(ops), baseCompanies(ops), baseDeals(ops),
  ]);
  return { reps, companyOf, ourTies, companies, deals };
}

/** Every rep with name, tendencies, expertise and interests (a section of the insight base). */
export async function baseReps(ops: GraphOperations): Promise<InsightBase['reps']> {
  const row = await ops.columns('insights/base-reps');
  const out = new Map<string, RepFacts>();
  if (!row) return out;
  const c = columns(row, ['ids', 'names', 'speeds', 'stances', 'expertise', 'interests']);
  const s = interner();
  c.ids.forEach((id, i) => {
    const expertise = list(c.expertise[i]).map(s);
    const interests = list(c.interests[i]).map(s);
    out.set(s(id), {
      id: s(id), name: s(c.names[i]), responseSpeed: s.opt(c.speeds[i]), stance: s.opt(c.stances[i]),
      expertise, interests, expertiseKeys: expertise.map(s.topic), interestKeys: interests.map(s.topic),
    });
  });
  return out;
}

/** Each person's company now (see latestEmployer). */
export async function currentEmployers(ops: GraphOperations, today: string): Promise<Map<string, string>> {
  const row = await ops.columns('insights/current-employers', { today });
  if (!row) return new Map();
  const c = columns(row, ['personIds', 'companyIds', 'since']);
  return latestEmployer(c.personIds, c.companyIds, c.since);
}

/** Our managers' ties to each person, strongest first (a section of the insight base). */
export async function baseManagerTies(ops: GraphOperations): Promise<InsightBase['ourTies']> {
  const row = await ops.columns('insights/base-manager-ties');
  const out: InsightBase['ourTies'] = new Map();
  if (!row) return out;
  const c = columns(row, ['managerIds', 'managerNames', 'personIds', 'trusts']);
  const s = interner();
  c.personIds.forEach((p, i) => {
    const person = s(p);
    const tie = { managerId: s(c.managerIds[i]), managerName: s(c.managerNames[i]), trust: Number(c.trusts[i]) };
    const l = out.get(person);
    if (l) l.push(tie);
    else out.set(person, [tie]);
  });
  for (const l of out.values()) l.sort((a, b) => b.trust - a.trust || (a.managerId < b.managerId ? -1 : 1));
  return out;
}

/** Every company's facts proposals score (a section of the insight base). */
export async function baseCompanies(ops: GraphOperations): Promise<InsightBase['companies']> {
  const row = await ops.columns('insights/base-companies');
  const out: InsightBase['companies'] = new Map();
  if (!row) return out;
  const c = columns(row, ['ids', 'names', 'industries', 'segments', 'statuses', 'policies', 'challenges']);
  const s = interner();
  c.ids.forEach((id, i) => {
    out.set(s(id), {
      id: s(id), name: s(c.names[i]), industry: s.opt(c.industries[i]), segments: list(c.segments[i]).map(s), partnerStatus: s.opt(c.statuses[i]),
      strategy: strategyKey(opt(c.policies[i]), opt(c.challenges[i])),
    });
  });
  return out;
}

/** Every won or open deal (a section of the insight base). */
export async function baseDeals(ops: GraphOperations): Promise<InsightBase['deals']> {
  const row = await ops.columns('insights/base-deals');
  if (!row) return [];
  const c = columns(row, ['productKeys', 'products', 'companyIds', 'repIds', 'stages', 'dates']);
  const s = interner();
  return c.productKeys.map((k, i) => ({
    productKey: s(k) || s.topic(c.products[i]), product: s(c.products[i]), companyId: s(c.companyIds[i]),
    repId: s.opt(c.repIds[i]), stage: s(c.stages[i]), date: s.opt(c.dates[i]),
  }));
}

/** Each person's company now: the latest current employment, then the smaller company id (like Rep.company). */
export function latestEmployer(personIds: unknown[], companyIds: unknown[], since: unknown[]): Map<string, string> {
  const companyOf = new Map<string, string>();
  const sinceOf = new Map<string, string>();
  const id = interner();
  personIds.forEach((p, i) => {
    const person = id(p);
    const company = id(companyIds[i]);
    const s = String(since[i] ?? '');
    const had = sinceOf.get(person);
    if (had === undefined || s > had || (s === had && company < companyOf.get(person)!)) {
      companyOf.set(person, company);
      sinceOf.set(person, s);
    }
  });
  return companyOf;
}

/** A rep's own network for referrals: ties, reports-to links and everyone they worked with. Three queries. */
export async function viaNetwork(ops: GraphOperations, viaId: string, viaName: string): Promise<ViaNetwork> {
  const [ties, chart, coworkers] = await Promise.all([
    ops.run('insights/rep-ties', { id: viaId }),
    ops.run('insights/rep-chart', { id: viaId }),
    ops.run('insights/rep-coworkers', { id: viaId }),
  ]);
  const net: ViaNetwork = { viaId, viaName, contacts: [], bosses: [], reports: [], coworkers: [] };
  if (ties[0]) {
    const c = columns(ties[0], ['otherIds', 'trusts', 'kinds']);
    c.otherIds.forEach((o, i) => net.contacts.push({ personId: String(o), trust: Number(c.trusts[i]), kind: opt(c.kinds[i]) }));
  }
  if (chart[0]) {
    net.bosses = list(chart[0].bosses).map(String);
    net.reports = list(chart[0].reports).map(String);
  }
  if (coworkers[0]) {
    const c = columns(coworkers[0], ['companyIds', 'viaSince', 'viaUntil', 'viaDepartments', 'personIds', 'since', 'until', 'departments']);
    c.personIds.forEach((p, i) => {
      const companyId = String(c.companyIds[i]);
      net.coworkers.push({
        personId: String(p),
        via: { companyId, since: opt(c.viaSince[i]), until: opt(c.viaUntil[i]), department: opt(c.viaDepartments[i]) },
        theirs: { companyId, since: opt(c.since[i]), until: opt(c.until[i]), department: opt(c.departments[i]) },
      });
    });
  }
  return net;
}
