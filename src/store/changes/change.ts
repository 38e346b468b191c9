import { IMPORT_RUN_KEY, parseRun } from '../import-run';
import { type Params } from '../runner';

/**
 * What one committed write changed, by id: the typed events of the change log (change-log.ts). A cache that holds
 * one of these re-reads it (or drops it); none carries the record itself, so a process that did not make the write
 * learns the same from the log as the one that did.
 *
 * `linked` (contracts, deals, interactions, employments): the records the write linked this one to, whose lists now
 * hold it (a contract's or deal's company, a deal's or interaction's people, an employment's rep and company); empty
 * for a write that only changes or unlinks it (the lists that held it are found by what they hold). A row written
 * before the field existed has none: a cache that needs it treats the change as `everything` (record-cache.ts).
 */
export type Change =
  | { type: 'company'; id: string }
  | { type: 'person'; id: string }
  | { type: 'contract'; id: string; linked?: string[] }
  | { type: 'contracts-of-company'; companyId: string }
  | { type: 'deal'; id: string; linked?: string[] }
  | { type: 'interaction'; id: string; linked?: string[] }
  /** `repId` when the statement names it (a reader finds the period by the rep's key; Kuzu scans for its id alone). */
  | { type: 'employment'; id: string; linked?: string[]; repId?: string }
  | { type: 'portfolio'; managerId: string; companyId: string }
  | { type: 'tie'; a: string; b: string }
  /** A manager's correction of a tie's trust (relationship health), set or cleared. */
  | { type: 'trust-override'; a: string; b: string }
  | { type: 'reports-to'; repId: string; bossId: string }
  | { type: 'introduction'; id: string; introducerId: string; introducedId: string }
  | { type: 'token'; id: string }
  | { type: 'tokens-of-manager'; managerId: string }
  /** A revenue target set or replaced (KPIs: partnerKpis keeps answers that show targets in a change-feed memo). */
  | { type: 'revenue-target'; id: string }
  /** Every revenue target of one partner or manager removed (their record was deleted). */
  | { type: 'revenue-targets-of-scope'; scope: string; scopeId: string }
  /** A snapshot import: started (batches follow, Neo4j) or finished. Anything may have changed. */
  | { type: 'import'; finished: boolean }
  /** A write the log cannot describe record by record (a test wipe, a new write query): anything may have changed. */
  | { type: 'everything'; statement: string };

/** True when `c` may have changed anything: whole-graph views load again. */
export const changesEverything = (c: Change): boolean => c.type === 'import' || c.type === 'everything';

const s = (v: unknown): string => String(v);
/** The ids of a list parameter (absent or null: none). */
const ids = (...lists: unknown[]): string[] => lists.flatMap((l) => (Array.isArray(l) ? l.map(String) : []));

/**
 * The changes a named write statement makes, from its parameters. Each write query of cypher/ is listed here (the
 * feed test checks every write query of the library has an entry); one that is not is logged as `everything`.
 */
const BY_STATEMENT: Record<string, (p: Params) => Change[]> = {
  'company/save': (p) => [{ type: 'company', id: s(p.id) }],
  'company/delete': (p) => [{ type: 'company', id: s(p.id) }],
  'contract/delete-by-company': (p) => [{ type: 'contracts-of-company', companyId: s(p.id) }],
  'person/save': (p) => [{ type: 'person', id: s(p.id) }],
  'person/clear-topics': (p) => [{ type: 'person', id: s(p.id) }],
  'person/add-expertise': (p) => [{ type: 'person', id: s(p.id) }],
  'person/add-interests': (p) => [{ type: 'person', id: s(p.id) }],
  'person/delete': (p) => [{ type: 'person', id: s(p.id) }],
  'contract/save': (p) => [{ type: 'contract', id: s(p.id), linked: [s(p.companyId)] }],
  'contract/delete': (p) => [{ type: 'contract', id: s(p.id), linked: [] }],
  'deal/unlink-company': (p) => [{ type: 'deal', id: s(p.id), linked: [] }],
  'deal/unlink-people': (p) => [{ type: 'deal', id: s(p.id), linked: [] }],
  'deal/save': (p) => [{ type: 'deal', id: s(p.id), linked: [s(p.companyId)] }],
  'deal/link-person': (p) => [{ type: 'deal', id: s(p.id), linked: [s(p.personId)] }],
  'deal/delete': (p) => [{ type: 'deal', id: s(p.id), linked: [] }],
  // the record lists its people (managerIds, repIds) as well as being linked to them
  'interaction/save': (p) => [{ type: 'interaction', id: s(p.id), linked: ids(p.managerIds, p.repIds) }],
  'interaction/unlink': (p) => [{ type: 'interaction', id: s(p.id), linked: [] }],
  'interaction/link': (p) => [{ type: 'interaction', id: s(p.id), linked: ids(p.personIds) }],
  'interaction/delete': (p) => [{ type: 'interaction', id: s(p.id), linked: [] }],
  'employment/save': (p) => [{ type: 'employment', id: s(p.id), linked: [s(p.repId), s(p.companyId)], repId: s(p.repId) }],
  'employment/delete': (p) => [{ type: 'employment', id: s(p.id), linked: [] }],
  'portfolio/save': (p) => [{ type: 'portfolio', managerId: s(p.managerId), companyId: s(p.companyId) }],
  'portfolio/delete': (p) => [{ type: 'portfolio', managerId: s(p.managerId), companyId: s(p.companyId) }],
  'relationship/save': (p) => [{ type: 'tie', a: s(p.a), b: s(p.b) }],
  'relationship/delete': (p) => [{ type: 'tie', a: s(p.a), b: s(p.b) }],
  'health/override-save': (p) => [{ type: 'trust-override', a: s(p.a), b: s(p.b) }],
  'health/override-delete': (p) => [{ type: 'trust-override', a: s(p.a), b: s(p.b) }],
  'reports-to/save': (p) => [{ type: 'reports-to', repId: s(p.repId), bossId: s(p.bossId) }],
  'reports-to/delete': (p) => [{ type: 'reports-to', repId: s(p.repId), bossId: s(p.bossId) }],
  'introduction/save': (p) => [{ type: 'introduction', id: s(p.id), introducerId: s(p.introducerId), introducedId: s(p.introducedId) }],
  'introduction/delete': (p) => [{ type: 'introduction', id: s(p.id), introducerId: s(p.introducerId), introducedId: s(p.introducedId) }],
  'token/save': (p) => [{ type: 'token', id: s(p.id) }],
  'token/revoke-by-manager': (p) => [{ type: 'tokens-of-manager', managerId: s(p.managerId) }],
  'audit/append': () => [],
  // handovers: records no cache holds (read per request)
  'handover/record-strategy-change': () => [],
  'kpis/save-target': (p) => [{ type: 'revenue-target', id: s(p.id) }],
  'kpis/delete-targets-of-scope': (p) => [{ type: 'revenue-targets-of-scope', scope: s(p.scope), scopeId: s(p.scopeId) }],
  'handover/delete-strategy-changes-of-company': () => [],
  // job changes (src/store/handover/job-change.queries.ts): deals and next actions handed to a successor
  'handover/end-employments': (p) => ids(p.ids).map((id) => ({ type: 'employment', id, linked: [s(p.repId)], repId: s(p.repId) })),
  'handover/start-employment': (p) => [{ type: 'employment', id: s(p.id), linked: [s(p.repId), s(p.companyId)], repId: s(p.repId) }],
  'handover/unlink-deals-from-rep': (p) => ids(p.ids).map((id) => ({ type: 'deal', id, linked: [s(p.repId)] })),
  'handover/hand-deals-to': (p) => ids(p.ids).map((id) => ({ type: 'deal', id, linked: [s(p.successorId), s(p.companyId)] })),
  'handover/close-actions': (p) => ids(p.ids).map((id) => ({ type: 'interaction', id, linked: [s(p.repId)] })),
  'handover/create-carrier': (p) => [{ type: 'interaction', id: s(p.id), linked: ids([p.successorId], p.managerIds, p.repIds) }],
  'handover/link-carrier-managers': (p) => [{ type: 'interaction', id: s(p.id), linked: ids(p.managerIds) }],
  // the list order of a record (its reading): no cache holds it, but the record is re-read to be safe
  'sort-key/set-company': (p) => [{ type: 'company', id: s(p.id) }],
  'sort-key/set-person': (p) => [{ type: 'person', id: s(p.id) }],
  // tests of the sort-key backfill forget stored keys: no cache holds them
  'test/forget-company-sort-key': () => [],
  'test/forget-person-sort-key': () => [],
  // the import record (import-run.ts) says an import started or finished; other metadata is no cached state
  'meta/set': (p) => (p.key === IMPORT_RUN_KEY ? [{ type: 'import', finished: parseRun(String(p.value))?.finishedAt != null }] : []),
};

/** The statements the table above knows (the feed test compares them with the library's write queries). */
export const DESCRIBED_STATEMENTS: readonly string[] = Object.keys(BY_STATEMENT);

export function changesOf(name: string, params: Params): Change[] {
  const of = BY_STATEMENT[name];
  return of ? of(params) : [{ type: 'everything', statement: name }];
}

/**
 * The distinct changes of a transaction, in the order first made: a deal saved in five statements is one change,
 * linked to everything any of them linked it to.
 */
export function distinct(changes: Change[]): Change[] {
  const seen = new Set<string>();
  const linkedOf = new Map<string, string[]>();
  const out: Change[] = [];
  for (const c of changes) {
    if ('linked' in c && c.linked) {
      const key = `${c.type}\u0000${c.id}`;
      const had = linkedOf.get(key);
      if (had) {
        for (const id of c.linked) if (!had.includes(id)) had.push(id);
        continue;
      }
      const merged = { ...c, linked: [...new Set(c.linked)] };
      linkedOf.set(key, merged.linked);
      out.push(merged);
      continue;
    }
    const key = JSON.stringify(c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
