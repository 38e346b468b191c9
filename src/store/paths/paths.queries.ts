import { MAX_RAISE } from '@/domain/paths/effective-trust';
import { stringPool } from '@/domain/shared/string-pool';
import { type Network } from '@/domain/paths/network';
import { type DealFact } from '@/domain/key-persons/key-persons';
import { type IntroductionOutcome } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';
import { type Person } from '@/domain/person/person';
import { type Row } from '@/store/runner';
import { allOverrides, overridesOf } from '@/store/health/health.queries';

/** The store reads of warm paths (named queries under cypher/shared/paths and cypher/<engine>/paths). */

const str = (v: unknown): string | null => (v == null ? null : String(v));
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Lowest recorded trust that the effective-trust rule could lift to `minTrust`. */
export function trustFloor(minTrust: number): number {
  return Math.max(0, Math.round((minTrust - MAX_RAISE) * 1e9) / 1e9);
}

/**
 * Reads one level of a search into `network`: the relationships of `ids` (recorded trust ≥ the floor) and
 * everything their effective trust depends on: the interactions and deals between the two ends dated after
 * the trust was recorded, the introductions of `ids`, and for a met introduction without a relationship (an
 * introduced tie) everything between its two people. Four queries in parallel, and two or three more when a
 * met introduction is in the neighbourhood.
 */
export async function readNeighbourhoods(ops: GraphOperations, network: Network, ids: string[], minTrust: number): Promise<void> {
  if (ids.length === 0) return;
  const floor = trustFloor(minTrust);
  const [ties, interactions, deals, introductions, overrides] = await Promise.all([
    ops.run('paths/ties-of', { ids, floor }),
    ops.run('paths/evidence-interactions', { ids, floor }),
    ops.run('paths/evidence-deals', { ids, floor }),
    ops.run('paths/introductions-of', { ids }),
    overridesOf(ops, ids),
  ]);
  // trust overrides (relationship health) of these people's ties: the trust a path uses is the one shown
  for (const o of overrides) network.upsertOverride(o.a, o.b, { trust: o.trust, at: o.at, byId: o.byId, note: o.note });
  addTies(network, ties);
  addInteractions(network, interactions);
  addDeals(network, deals);
  for (const r of introductions) if (!network.introduction(String(r.id))) network.upsertIntroduction(toIntroduction(r));
  // A met introduction is a tie only where no relationship is recorded (a weak one was below the floor, so look),
  // and then what happened between the two after it moves its trust.
  const open = new Set<string>();
  for (const r of introductions) {
    if (r.outcome !== 'MET') continue;
    const [a, b] = [String(r.introducedId), String(r.toManagerId)];
    if (a !== b && !network.tie(a, b)) open.add(a).add(b);
  }
  if (open.size) {
    const people = [...open];
    const [weak, between, dealt] = await Promise.all([
      floor > 0 ? ops.run('paths/ties-among', { ids: people }) : Promise.resolve([]),
      ops.run('paths/interactions-among', { ids: people }),
      ops.run('paths/deals-among', { ids: people }),
    ]);
    addTies(network, weak);
    addInteractions(network, between);
    addDeals(network, dealt);
  }
}

/** Interactions between two of `ids` (the last contacts of found steps). */
export async function readInteractionsAmong(ops: GraphOperations, network: Network, ids: string[]): Promise<void> {
  if (ids.length >= 2) addInteractions(network, await ops.run('paths/interactions-among', { ids }));
}

function addTies(network: Network, rows: Row[]): void {
  for (const r of rows) {
    network.upsertTie({
      a: String(r.personId), b: String(r.otherId), trust: Number(r.trust), recordedAt: String(r.recordedAt), kind: str(r.kind), since: str(r.since),
    });
  }
}

/** Rows name an interaction and two of its people; the network learns who took part, row by row. */
function addInteractions(network: Network, rows: Row[]): void {
  for (const r of rows) {
    const id = String(r.id);
    const pair = [String(r.personId), String(r.otherId)];
    const known = network.interactionParticipants(id);
    if (known && pair.every((p) => known.includes(p))) continue;
    if (known) network.setParticipants(id, [...known, ...pair]);
    else network.upsertInteraction({ id, at: String(r.at), atMillis: Number(r.atMillis), channel: str(r.channel), reaction: str(r.reaction), participants: pair });
  }
}

function addDeals(network: Network, rows: Row[]): void {
  for (const r of rows) if (!network.hasDeal(String(r.id))) network.upsertDeal(toDeal(r));
}

function toDeal(r: Row) {
  return {
    id: String(r.id), repId: str(r.repId), managerId: str(r.managerId), stage: String(r.stage), closedAt: str(r.closedAt),
    proposedAt: str(r.proposedAt),
  };
}

function toIntroduction(r: Row) {
  return {
    id: String(r.id), introducerId: String(r.introducerId), introducedId: String(r.introducedId), toManagerId: String(r.toManagerId),
    at: str(r.at), outcome: String(r.outcome) as IntroductionOutcome,
  };
}

export async function readManagerIds(ops: GraphOperations): Promise<string[]> {
  return (await ops.run('paths/managers')).map((r) => String(r.id));
}

export async function readCurrentEmployees(ops: GraphOperations, companyId: string, today: string): Promise<string[]> {
  return (await ops.run('paths/current-employees', { companyId, today })).map((r) => String(r.id));
}

/** Where the time of a full load went, for logs and the benchmark. */
export interface LoadReport {
  people: number;
  ties: number;
  interactions: number;
  deals: number;
  introductions: number;
  /** Key persons' records: reports-to links, and deals with a company (one per deal and company). */
  reportsTo: number;
  companyDeals: number;
  ms: number;
}

/** The columns of a deal with a company (insights/company-deals, paths/all-company-deals; insights/company-deal in the singular). */
export const COMPANY_DEAL_COLUMNS = ['ids', 'repIds', 'stages', 'amounts', 'closedAt', 'proposedAt', 'productKeys', 'competitors'] as const;
export type CompanyDealColumns = Record<(typeof COMPANY_DEAL_COLUMNS)[number], unknown[]>;

/**
 * A deal as key persons and the relationship risks read it (insights/company-deals: null travels as '', a null amount
 * as -1), from columns `c` at `i` (whole-network lists) or from a row's scalars.
 */
export function companyDealFact(c: CompanyDealColumns, i: number, s: (v: unknown) => string = String): DealFact {
  const opt = (v: unknown): string | null => (v == null || v === '' ? null : s(v));
  const amount = Number(c.amounts[i]);
  return {
    id: String(c.ids[i]), repId: opt(c.repIds[i]), stage: s(c.stages[i]), amount: amount < 0 ? null : amount,
    closedAt: opt(c.closedAt[i]), proposedAt: opt(c.proposedAt[i]), productKey: opt(c.productKeys[i]), competitor: opt(c.competitors[i]),
  };
}

/** Loads the whole network (for the in-memory cache): nine queries, each a list of parallel columns. */
export async function readWholeNetwork(ops: GraphOperations, network: Network): Promise<LoadReport> {
  const started = performance.now();
  const one = (name: string): Promise<Record<string, unknown[]>> => ops.columns(name);
  const [p, c, e, t, x, d, n, r, k] = await Promise.all([
    one('paths/all-people'), one('paths/all-companies'), one('paths/all-employments'), one('paths/all-ties'),
    one('paths/all-interactions'), one('paths/all-deals'), one('paths/all-introductions'), one('paths/all-reports-to'), one('paths/all-company-deals'),
  ]);
  const count = (rows: Record<string, unknown[]>, key: string): number => rows[key]?.length ?? 0;
  // the driver makes a new string for every value: one copy of each (the bulk queries write null as '')
  const { intern, internOrNull } = stringPool();
  network.bulkLoad(() => {
    for (let i = 0; i < count(p, 'ids'); i++) {
      network.upsertPerson({ id: intern(p.ids[i]), name: String(p.names[i]), kind: p.kinds[i] === 'MANAGER' ? 'MANAGER' : 'REP', team: internOrNull(p.teams[i]) });
    }
    for (let i = 0; i < count(c, 'ids'); i++) network.upsertCompany(intern(c.ids[i]), intern(c.names[i]));
    for (let i = 0; i < count(e, 'ids'); i++) {
      network.upsertEmployment({
        id: String(e.ids[i]), repId: intern(e.repIds[i]), companyId: intern(e.companyIds[i]), title: internOrNull(e.titles[i]),
        department: internOrNull(e.departments[i]), since: internOrNull(e.sinces[i]), until: internOrNull(e.untils[i]),
      });
    }
    for (let i = 0; i < count(t, 'a'); i++) {
      network.upsertTie({ a: intern(t.a[i]), b: intern(t.b[i]), trust: Number(t.trust[i]), recordedAt: intern(t.recordedAt[i]), kind: internOrNull(t.kind[i]), since: internOrNull(t.since[i]) });
    }
    for (let i = 0; i < count(x, 'ids'); i++) {
      network.upsertInteraction({
        id: String(x.ids[i]), at: String(x.ats[i]), atMillis: Number(x.atMillis[i]), channel: internOrNull(x.channels[i]),
        reaction: internOrNull(x.reactions[i]), participants: list(x.who[i]).map(intern),
      });
    }
    for (let i = 0; i < count(d, 'ids'); i++) {
      network.upsertDeal({
        id: String(d.ids[i]), repId: internOrNull(d.repIds[i]), managerId: internOrNull(d.managerIds[i]), stage: intern(d.stages[i]),
        closedAt: internOrNull(d.closedAts[i]), proposedAt: internOrNull(d.proposedAts[i]),
      });
    }
    for (let i = 0; i < count(n, 'ids'); i++) {
      network.upsertIntroduction({
        id: String(n.ids[i]), introducerId: intern(n.introducerIds[i]), introducedId: intern(n.introducedIds[i]),
        toManagerId: intern(n.toManagerIds[i]), at: internOrNull(n.ats[i]), outcome: intern(n.outcomes[i]) as IntroductionOutcome,
      });
    }
    for (let i = 0; i < count(r, 'repIds'); i++) network.upsertReportsTo(intern(r.repIds[i]), intern(r.bossIds[i]));
    // a deal with two companies comes once per company: its companies gathered first
    const companiesOf = new Map<string, string[]>();
    const facts = new Map<string, DealFact>();
    const cols = k as CompanyDealColumns;
    for (let i = 0; i < count(k, 'ids'); i++) {
      const id = String(k.ids[i]);
      const list = companiesOf.get(id);
      if (list) list.push(intern(k.companyIds[i]));
      else {
        companiesOf.set(id, [intern(k.companyIds[i])]);
        facts.set(id, companyDealFact(cols, i, intern));
      }
    }
    for (const [id, fact] of facts) network.upsertCompanyDeal(fact, companiesOf.get(id)!);
  });
  for (const o of await allOverrides(ops)) network.upsertOverride(o.a, o.b, { trust: o.trust, at: o.at, byId: o.byId, note: o.note });
  network.warmNeighbours();
  await releaseLastResults(ops);
  return {
    people: count(p, 'ids'), ties: count(t, 'a'), interactions: count(x, 'ids'), deals: count(d, 'ids'), introductions: count(n, 'ids'),
    reportsTo: count(r, 'repIds'), companyDeals: count(k, 'ids'),
    ms: Math.round(performance.now() - started),
  };
}

/** The people of found paths (the store turns a small batch into primary-key lookups where that is faster). */
export async function readPeopleByKey(ops: GraphOperations, ids: readonly string[]): Promise<Person[]> {
  return (await ops.peopleByIds(ids)).filter((p): p is Person => p !== null);
}

export async function readCompanyByKey(ops: GraphOperations, id: string): Promise<{ id: string; name: string } | null> {
  const [row] = await ops.run('paths/company', { id });
  return row ? { id: String(row.id), name: String(row.name) } : null;
}

/**
 * The embedded engine's driver keeps the last result of each connection alive after an async read (here the
 * bulk lists, ~250 MB at 100,000 people) until that connection answers again: one tiny read per reader
 * connection lets them go. (The store reading results with getAllSync would not keep them.)
 */
async function releaseLastResults(ops: GraphOperations): Promise<void> {
  for (let i = 0; i < 8; i++) await ops.run('person/by-id', { id: '' });
}
