import { isRep } from '@/domain/person/person';
import { type DeletedPerson } from '@/domain/person/deleted-person';
import { PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from './graph-operations';
import { strategyChangesSince } from './handover/strategy-changes';
import { allOverrides } from './health/health.queries';
import { allRevenueTargets } from './kpis/revenue-targets';
import { allDeletedPeople } from './person/deleted-people';

/**
 * The whole graph as a snapshot (docs/snapshot.schema.json, plus the optional fields this service keeps:
 * chart texts, rep notes, relationship recordedAt). Importing it gives the same graph, on either engine. Trust
 * overrides, revenue targets and strategy changes whose person or company is gone are left out: the import would
 * refuse them as references to nothing (the deletes remove them since issue 15's leftovers; a graph written before,
 * or a raw store delete, may still hold some). The reads
 * run one after the other so that they fit in one transaction (`store.readConsistent(exportSnapshot)`: a backup
 * taken while writes go on holds no reference to a record it lacks).
 */
export async function exportSnapshot(read: GraphOperations): Promise<Record<string, unknown>> {
  const companies = await read.allCompanies();
  const people = await read.allPeople();
  const contracts = await read.allContracts();
  const employments = await read.allEmployments();
  const portfolio = await read.allPortfolio();
  const relationships = await read.allRelationships();
  const reportsTo = await read.allReportsTo();
  const introductions = await read.allIntroductions();
  const interactions = await read.allInteractions();
  const deals = await read.allDeals();
  const overrides = await allOverrides(read);
  const targets = await allRevenueTargets(read);
  const changes = await strategyChangesSince(read, '');
  const remembered = await allDeletedPeople(read);
  const personIds = new Set(people.map((p) => p.id));
  const companyIds = new Set(companies.map((c) => c.id));
  const drop = <T extends object>(o: T, ...keys: string[]): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
  return {
    version: 1,
    companies: companies.map((c) => drop(c, 'version')),
    contracts: contracts.map((k) => drop(k, 'version')),
    managers: people.filter((p) => !isRep(p)).map((p) => drop(p, 'version', 'kind')),
    reps: people.filter(isRep).map((p) => drop(p, 'version', 'kind')),
    employments: employments.map((e) => drop(e, 'id')),
    portfolio,
    relationships: relationships.map((r) => drop(r, 'id', 'version')),
    reportsTo,
    introductions: introductions.map((i) => drop(i, 'id')),
    interactions: interactions.map((i) => drop(i, 'version')),
    deals: deals.map((d) => drop(d, 'version')),
    trustOverrides: overrides
      .filter((o) => personIds.has(o.a) && personIds.has(o.b))
      .sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1))
      .map((o) => ({ a: o.a, b: o.b, trust: o.trust, note: o.note, byId: o.byId, at: o.at })),
    revenueTargets: targets
      .filter((t) => (t.scope === 'PARTNER' ? companyIds : personIds).has(t.scopeId))
      .map((t) => ({ [t.scope === 'PARTNER' ? 'companyId' : 'managerId']: t.scopeId, period: t.period.label, amount: t.amount, setBy: t.setBy, setAt: t.setAt })),
    strategyChanges: changes
      .filter((c) => companyIds.has(c.companyId))
      .map((c) => ({ companyId: c.companyId, at: c.at, field: c.field, before: c.before, after: c.after })),
    deletedPeople: deletedPeople(remembered, personIds, deals, interactions, introductions),
  };
}

/**
 * The deleted people to carry: every one remembered (their ids are never given again, also after a restore), and
 * any person a deal, an interaction or an introduction (the manager it was made to) names who is neither stored nor
 * remembered, with the kind the reference needs
 * and deletedAt null (a rep deleted before deleted reps were remembered: nothing else leaves such a reference, since
 * imports and mutations refuse references to nobody). Without them the export would not import back. A person both
 * remembered and stored (a graph restored from a snapshot that brought them back before that was refused) is stored:
 * left out here. By id.
 */
function deletedPeople(
  remembered: DeletedPerson[], live: Set<string>,
  deals: { repId: string | null; managerId: string | null }[], interactions: { managerIds: string[]; repIds: string[] }[],
  introductions: { toManagerId: string }[],
): DeletedPerson[] {
  const out = new Map<string, DeletedPerson>();
  for (const d of remembered) if (!live.has(d.id)) out.set(d.id, d);
  const named = (id: string | null, kind: PersonKind): void => {
    if (id !== null && !live.has(id) && !out.has(id)) out.set(id, { id, kind, deletedAt: null });
  };
  for (const d of deals) {
    named(d.repId, PersonKind.REP);
    named(d.managerId, PersonKind.MANAGER);
  }
  for (const i of interactions) {
    for (const id of i.managerIds) named(id, PersonKind.MANAGER);
    for (const id of i.repIds) named(id, PersonKind.REP);
  }
  for (const i of introductions) named(i.toManagerId, PersonKind.MANAGER);
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((d) => ({ id: d.id, kind: d.kind, deletedAt: d.deletedAt }));
}

/**
 * A snapshot as JSON text in pieces of about 1,000 records (one record a line), so that a large graph is written to a
 * file or a response without one huge string.
 */
export function* snapshotJson(snapshot: Record<string, unknown>): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(snapshot)) {
    const head = `${first ? '{' : ','}\n${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      yield `${head}${JSON.stringify(value)}`;
      continue;
    }
    yield `${head}[`;
    for (let i = 0; i < value.length; i += 1000) {
      yield `${i ? ',' : ''}\n${value.slice(i, i + 1000).map((r) => JSON.stringify(r)).join(',\n')}`;
    }
    yield '\n]';
  }
  yield first ? '{}\n' : '\n}\n';
}

/** Records in a snapshot: the length of its lists (the deleted people are no records). */
export function snapshotRecords(snapshot: Record<string, unknown>): number {
  return Object.entries(snapshot).filter(([k, v]) => k !== 'deletedPeople' && Array.isArray(v)).reduce((n: number, [, list]) => n + (list as unknown[]).length, 0);
}
