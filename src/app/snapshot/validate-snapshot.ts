import { type ValidationError, validateSync } from 'class-validator';
import { quickValid } from './fast-validator';
import { employmentId } from '@/domain/employment/employment';
import { unstorableTextAt } from '@/domain/shared/well-formed-text';
import { introductionId } from '@/domain/introduction/introduction';
import { relationshipKey } from '@/domain/relationship/relationship';
import { IntroductionOutcome, PersonKind } from '@/domain/shared/enums';
import { type BadRecord, SNAPSHOT_KEYS, SNAPSHOT_LISTS, type Snapshot, type SnapshotList } from '@/domain/snapshot/snapshot';
import { type DeletedPerson, deletedPersonFrom, deletedPersonProblems } from '@/domain/person/deleted-person';
import { allDeletedPeople } from '@/store/person/deleted-people';
import { deletedIdReason } from '@/app/records/person/person-ids';
import { type GraphOperations } from '@/store/graph-operations';
import { FEED_ORDER, type SnapshotFeed, SnapshotRejected } from '@/store/snapshot-feed';
import { flattenValidation } from '@/app/validation/flatten-validation';
import { nameListItems } from '@/app/validation/list-items';
import { companyFromInput } from '@/domain/company/company-from-input';
import { contractFromInput } from '@/domain/contract/contract-from-input';
import { dealFromInput } from '@/domain/deal/deal-from-input';
import { dealProblems } from '@/domain/deal/deal-problems';
import { employmentProblems } from '@/domain/employment/employment-problems';
import { interactionFromInput } from '@/domain/interaction/interaction-from-input';
import { managerFromInput } from '@/domain/person/manager-from-input';
import { repFromInput } from '@/domain/person/rep-from-input';
import { NOTE_MAX } from '@/app/health/override-trust';
import { characters } from '@/domain/shared/characters';
import { parsePeriod, periodProblem } from '@/domain/kpis/periods';
import { targetId } from '@/domain/kpis/revenue-target';
import { type SnapshotRecordRules } from './record-rules';

type Raw = Record<string, unknown>;

interface Spec {
  cls: new () => object;
  required: string[];
  key?: (r: Raw) => string;
}

/** Per list: its required fields and the key no two records may share; the class its records must satisfy comes from `rules`. */
const LISTS: Record<SnapshotList, Omit<Spec, 'cls'>> = {
  companies: { required: ['id', 'name'], key: (r) => String(r.id) },
  contracts: { required: ['id', 'companyId'], key: (r) => String(r.id) },
  managers: { required: ['id', 'name'], key: (r) => String(r.id) },
  reps: { required: ['id', 'name'], key: (r) => String(r.id) },
  employments: { required: ['repId', 'companyId'], key: (r) => employmentId(String(r.repId), String(r.companyId), r.since as string) },
  portfolio: { required: ['managerId', 'companyId'], key: (r) => `${r.managerId}|${r.companyId}` },
  relationships: { required: ['a', 'b', 'trust'], key: (r) => relationshipKey(String(r.a), String(r.b)).id },
  reportsTo: { required: ['repId', 'bossId'], key: (r) => `${r.repId}|${r.bossId}` },
  introductions: { required: ['introducerId', 'introducedId', 'toManagerId'], key: (r) => introductionId(String(r.introducerId), String(r.introducedId), String(r.toManagerId)) },
  interactions: { required: ['id', 'at', 'channel'], key: (r) => String(r.id) },
  deals: { required: ['id', 'companyId', 'product', 'stage'], key: (r) => String(r.id) },
  trustOverrides: { required: ['a', 'b', 'trust', 'byId'], key: (r) => relationshipKey(String(r.a), String(r.b)).id },
  revenueTargets: { required: ['period', 'amount', 'setBy'], key: (r) => targetOf(r).id },
  strategyChanges: { required: ['companyId', 'at', 'field'], key: (r) => strategyChangeId(r) },
};

/** A record's own rule beyond its class (the mutations' app-level rules): the fields it reads, and its problems. */
interface RecordRule {
  reads: string[];
  problems: (r: Raw) => { field: string; reason: string }[];
}
const rule = (reads: string[], problems: RecordRule['problems']): RecordRule => ({ reads, problems });
const unless = (bad: boolean, field: string, reason: string) => (bad ? [{ field, reason }] : []);

/**
 * Per list: its records' own rules after class-validator's. Each runs when the fields it reads passed their own
 * checks, so one refusal tells a record's format faults and its rule faults together (a relationship with a bad
 * trust and a === b is told both; a target with amount 0 and period 2026-Q5 too); a rule on a bad field is skipped.
 */
const RECORD_RULES: Partial<Record<SnapshotList, RecordRule[]>> = {
  deals: [rule(['proposedAt', 'closedAt'], (r) => dealProblems(r as never))],
  employments: [rule(['since', 'until'], (r) => employmentProblems(r as never))],
  relationships: [rule(['a', 'b'], (r) => unless(r.a === r.b, 'b', 'must be another person than a'))],
  reportsTo: [rule(['repId', 'bossId'], (r) => unless(r.repId === r.bossId, 'bossId', 'must be another person than repId'))],
  introductions: [rule(['introducerId', 'introducedId'], (r) => unless(r.introducerId === r.introducedId, 'introducedId', 'must be another person than introducerId'))],
  interactions: [rule(['managerIds', 'repIds'], (r) => unless(
    !((r.managerIds as unknown[])?.length || (r.repIds as unknown[])?.length), 'repIds', 'an interaction needs at least one person (managerIds or repIds)',
  ))],
  // overrideTrust's rules
  trustOverrides: [
    rule(['a', 'b'], (r) => unless(r.a === r.b, 'b', 'must be another person than a')),
    rule(['note'], (r) => unless(typeof r.note === 'string' && characters(r.note) > NOTE_MAX, 'note', `must be at most ${NOTE_MAX} characters (it has ${characters(String(r.note))})`)),
  ],
  // setRevenueTarget's rules (the amount's, the yen rule, is in its record class)
  revenueTargets: [
    rule(['companyId', 'managerId'], (r) => unless(
      (r.companyId != null) === (r.managerId != null), 'companyId', 'name exactly one of companyId (a partner\'s target) and managerId (a manager\'s)',
    )),
    rule(['period'], (r) => unless(!!periodProblem(String(r.period)), 'period', periodProblem(String(r.period)) ?? '')),
  ],
};

/** The fields each list's key (LISTS[list].key) is made of: duplicates are checked when all of them passed. */
const KEY_READS: Record<SnapshotList, string[]> = {
  companies: ['id'], contracts: ['id'], managers: ['id'], reps: ['id'], employments: ['repId', 'companyId', 'since'],
  portfolio: ['managerId', 'companyId'], relationships: ['a', 'b'], reportsTo: ['repId', 'bossId'],
  introductions: ['introducerId', 'introducedId', 'toManagerId'], interactions: ['id'], deals: ['id'], trustOverrides: ['a', 'b'],
  revenueTargets: ['companyId', 'managerId', 'period'], strategyChanges: ['companyId', 'field', 'at'],
};

/** Whether any of `fields` is among the fields a record's own checks found bad. */
const readsBad = (ownBad: Set<string> | null, fields: string[]): boolean => !!ownBad && fields.some((f) => ownBad.has(f));

/** A revenue target record's scope and id (setRevenueTarget's: one per partner or manager and period). */
function targetOf(r: Raw): { id: string; scope: 'PARTNER' | 'MANAGER'; scopeId: string } {
  const scope = r.companyId != null ? 'PARTNER' : 'MANAGER';
  const scopeId = String(r.companyId ?? r.managerId);
  return { id: targetId(scope, scopeId, String(r.period)), scope, scopeId };
}

/** Strategy changes are stored at UTC instants (strategyChanges(since) compares them as text); the id is made of it. */
const utcInstant = (at: unknown): string => new Date(String(at)).toISOString();
const strategyChangeId = (r: Raw): string => `${r.companyId}@${r.field}@${utcInstant(r.at)}`;

const specs = new WeakMap<SnapshotRecordRules, Record<SnapshotList, Spec>>();
function specsOf(rules: SnapshotRecordRules): Record<SnapshotList, Spec> {
  let s = specs.get(rules);
  if (!s) {
    s = Object.fromEntries(SNAPSHOT_LISTS.map((l) => [l, { ...LISTS[l], cls: rules.lists[l] }])) as Record<SnapshotList, Spec>;
    specs.set(rules, s);
  }
  return s;
}

// values kept for the reasons only (flattenValidation tells a value of the wrong kind by them); never echoed
// (the target too: a list item that breaks its rule is found again on its record and named by its index)
const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: true, value: true } };

/** The rule-class instance class-validator checks for one snapshot record of `list` (exported for the tests). */
export function recordInstance(rules: SnapshotRecordRules, list: SnapshotList, raw: Raw): object {
  return instance(rules, rules.lists[list], raw);
}

/** The options every snapshot record is validated with (exported for the tests). */
export const RECORD_VALIDATION = OPTIONS;

function instance(rules: SnapshotRecordRules, cls: new () => object, raw: Raw): object {
  const obj = Object.assign(new cls(), raw) as Raw;
  if (cls === rules.lists.interactions && obj.nextAction && typeof obj.nextAction === 'object' && !Array.isArray(obj.nextAction)) {
    obj.nextAction = Object.assign(new rules.nextAction(), { done: false, ...(obj.nextAction as Raw) });
  }
  return obj;
}

/** Per list: a record that passed its checks, as the store takes it (ids as strings, defaults filled in). */
const NORMALISE: { [K in SnapshotList]: (r: Raw) => NonNullable<Snapshot[K]>[number] } = {
  companies: (r) => companyFromInput(r as never, String(r.id)),
  contracts: (r) => contractFromInput(r as never, String(r.id)),
  managers: (r) => managerFromInput(r as never, String(r.id)),
  reps: (r) => repFromInput(r as never, String(r.id)),
  employments: (r) => ({
    id: employmentId(String(r.repId), String(r.companyId), r.since as string), repId: String(r.repId), companyId: String(r.companyId),
    title: (r.title as string) ?? null, department: (r.department as string) ?? null, since: (r.since as string) ?? null, until: (r.until as string) ?? null,
  }),
  portfolio: (r) => ({ managerId: String(r.managerId), companyId: String(r.companyId), since: (r.since as string) ?? null }),
  relationships: (r) => {
    const { a, b, id } = relationshipKey(String(r.a), String(r.b)); // not spread into the literal: 15x slower
    return { a, b, id, trust: Number(r.trust), kind: (r.kind as never) ?? null, since: (r.since as string) ?? null, recordedAt: (r.recordedAt as string) ?? null };
  },
  reportsTo: (r) => ({ repId: String(r.repId), bossId: String(r.bossId) }),
  introductions: (r) => ({
    id: introductionId(String(r.introducerId), String(r.introducedId), String(r.toManagerId)),
    introducerId: String(r.introducerId), introducedId: String(r.introducedId), toManagerId: String(r.toManagerId),
    at: (r.at as string) ?? null, outcome: (r.outcome as IntroductionOutcome) ?? IntroductionOutcome.PENDING,
  }),
  interactions: (r) => interactionFromInput(r as never, String(r.id)),
  deals: (r) => dealFromInput(r as never, String(r.id)),
  trustOverrides: (r) => {
    const { a, b } = relationshipKey(String(r.a), String(r.b));
    const note = r.note == null || String(r.note).trim() === '' ? null : String(r.note); // overrideTrust: blank is none
    return { a, b, trust: Number(r.trust), note, byId: String(r.byId), at: (r.at as string) ?? null };
  },
  revenueTargets: (r) => {
    const { id, scope, scopeId } = targetOf(r);
    return { id, scope, scopeId, period: parsePeriod(String(r.period))!, amount: Number(r.amount), setBy: String(r.setBy), setAt: (r.setAt as string) ?? null };
  },
  strategyChanges: (r) => ({
    id: strategyChangeId(r), companyId: String(r.companyId), at: utcInstant(r.at), field: r.field as never,
    before: (r.before as string) ?? null, after: (r.after as string) ?? null,
  }),
};

export interface ValidatedSnapshot {
  snapshot: Snapshot | null;
  problems: BadRecord[];
  counts: Record<string, number>;
}

/**
 * Checks a snapshot as a whole: every record against its list's rules, duplicates, and every reference
 * (in the snapshot or already in the graph, and of the right kind). Returns every bad record, or the normalised snapshot.
 * Each record must satisfy its list's rule class in `rules` (the mutations' input classes: the same rules as the
 * mutations). Records that pass the quick check (fast-validator.ts) skip class-validator; all others get its verdict and words.
 */
export function validateSnapshot(raw: unknown, read: GraphOperations, rules: SnapshotRecordRules, options: { quick?: boolean } = {}): Promise<ValidatedSnapshot> {
  return startValidation(raw, read, rules, options).result;
}

/** How often the checks let the event loop run (a store writes and starts COPYs in between). */
const YIELD_EVERY = 8192;
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (e: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  const d = {} as Deferred<T>;
  d.promise = new Promise<T>((resolve, reject) => Object.assign(d, { resolve, reject }));
  d.promise.catch(() => undefined); // a store that never asked for a list is not an unhandled rejection
  return d;
}

/**
 * The same checks as validateSnapshot, handing each list to `feed` as soon as it passed its own records' checks (and
 * nothing before it failed), so that a store can write it while the rest is checked; `feed.whole()` resolves after
 * the checks across lists. Once anything fails, every list not handed over yet and `whole()` reject
 * (SnapshotRejected), and `result` says which records are bad.
 */
export function startValidation(
  raw: unknown, read: GraphOperations, rules: SnapshotRecordRules, options: { quick?: boolean } = {},
): { feed: SnapshotFeed; result: Promise<ValidatedSnapshot> } {
  const given = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Raw) : {};
  const counts = Object.fromEntries(SNAPSHOT_LISTS.map((l) => [l, Array.isArray(given[l]) ? (given[l] as unknown[]).length : 0])) as Record<SnapshotList, number>;
  const lists = Object.fromEntries(SNAPSHOT_LISTS.map((l) => [l, deferred<unknown[]>()])) as Record<SnapshotList, Deferred<unknown[]>>;
  const whole = deferred<Snapshot>();
  const reject = (e: unknown = new SnapshotRejected()): void => {
    for (const l of SNAPSHOT_LISTS) lists[l].reject(e);
    whole.reject(e);
  };
  const feed: SnapshotFeed = {
    counts,
    list: (name) => lists[name].promise as never,
    whole: () => whole.promise,
  };
  const result = check(raw, read, rules, options.quick ?? true, (list, records) => lists[list].resolve(records), () => reject()).then(
    (v) => {
      if (v.snapshot) whole.resolve(v.snapshot);
      else reject();
      return v;
    },
    (e) => {
      reject(e);
      throw e;
    },
  );
  return { feed, result };
}

async function check(
  raw: unknown, read: GraphOperations, rules: SnapshotRecordRules, quick: boolean, publish: (list: SnapshotList, records: unknown[]) => void, failed: () => void,
): Promise<ValidatedSnapshot> {
  // quick false: class-validator on every record (the tests compare the two)
  const problems: BadRecord[] = [];
  const bad = (list: string, index: number, field: string, reason: string): void => {
    problems.push({ list, index, field, reason });
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    bad('snapshot', -1, '', 'must be a JSON object');
    return { snapshot: null, problems, counts: {} };
  }
  const input = raw as Raw;
  for (const key of Object.keys(input)) {
    if (key !== 'version' && !(SNAPSHOT_KEYS as readonly string[]).includes(key)) {
      bad('snapshot', -1, key, `unknown list; allowed: version, ${SNAPSHOT_KEYS.join(', ')}`);
    }
  }
  if (input.version !== undefined && input.version !== 1) bad('snapshot', -1, 'version', 'must be 1');

  const lists = {} as Record<SnapshotList, Raw[]>;
  for (const list of SNAPSHOT_LISTS) {
    const value = input[list];
    if (value === undefined || value === null) { lists[list] = []; continue; }
    if (!Array.isArray(value)) { bad(list, -1, '', 'must be a list'); lists[list] = []; continue; }
    lists[list] = value as Raw[];
  }

  // 1. each record on its own (plain loops: this runs once per record, 1.5 million times for a large snapshot),
  // list by list in FEED_ORDER; a list goes to the store, normalised, once it and every list before it passed
  const normalised = {} as Record<SnapshotList, unknown[]>;
  for (const list of FEED_ORDER) {
    const spec = specsOf(rules)[list];
    const records = lists[list];
    const seen = new Map<string, number>();
    for (let index = 0; index < records.length; index++) {
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await tick();
      if (!(index in records)) continue; // a hole in a sparse array: forEach never visited them
      const rec = records[index];
      if (!rec || typeof rec !== 'object' || Array.isArray(rec)) { bad(list, index, '', 'must be an object'); continue; }
      const before = problems.length;
      for (const f of spec.required) if (rec[f] === undefined || rec[f] === null) bad(list, index, f, 'is required');
      const obj = instance(rules, spec.cls, rec);
      // the quick check only ever says "valid"; for anything else class-validator decides and words the problems
      if (!quick || !quickValid(obj)) {
        const errors: ValidationError[] = validateSync(obj, OPTIONS);
        nameListItems(errors);
        for (const e of flattenValidation(errors)) bad(list, index, e.field, e.reason);
      }
      const unstorable = unstorableTextAt(rec);
      if (unstorable !== null) bad(list, index, unstorable.path, unstorable.reason);
      // a record's own problems hide neither its duplicate key nor its rules, where those read only fields that passed
      const ownBad = problems.length > before ? new Set(problems.slice(before).map((p) => String(p.field ?? '').split(/[.[]/)[0])) : null;
      const key = readsBad(ownBad, KEY_READS[list]) ? undefined : spec.key?.(rec);
      if (key !== undefined) {
        const first = seen.get(key);
        if (first !== undefined) bad(list, index, spec.required[0], `duplicates record ${first} of ${list}`);
        else seen.set(key, index);
      }
      const ruleList = RECORD_RULES[list];
      if (ruleList) for (const r of ruleList) if (!readsBad(ownBad, r.reads)) for (const p of r.problems(rec)) bad(list, index, p.field, p.reason);
    }
    if (!problems.length) {
      const normalise = NORMALISE[list];
      const out: unknown[] = (normalised[list] = []);
      for (let index = 0; index < records.length; index++) {
        if (index % YIELD_EVERY === YIELD_EVERY - 1) await tick();
        if (index in records) out.push(normalise(records[index])); // holes of a sparse array were skipped above
      }
      publish(list, out);
    } else {
      failed(); // the store can stop writing now; the checks go on to report every bad record
    }
  }

  // the deleted people (not records: remembered beside the graph), each on its own
  const deleted = checkDeletedPeople(input.deletedPeople, bad);

  // 2. references: to the snapshot first, then to the graph
  const kindInSnapshot = new Map<string, PersonKind>();
  // records with problems of their own still count as present: their problems are reported already
  lists.managers.forEach((m) => typeof m?.id === 'string' && kindInSnapshot.set(m.id, PersonKind.MANAGER));
  lists.reps.forEach((r, i) => {
    if (typeof r?.id !== 'string') return;
    if (kindInSnapshot.get(String(r.id)) === PersonKind.MANAGER) bad('reps', i, 'id', `"${r.id}" is also a manager in this snapshot`);
    else kindInSnapshot.set(String(r.id), PersonKind.REP);
  });
  const companiesInSnapshot = new Set(lists.companies.filter((c) => typeof c?.id === 'string').map((c) => String(c.id)));
  /**
   * Every reference of every record that is an object (a record with other problems still gets its references
   * checked), in a fixed order: all person references, then all company references. `visit` runs twice: once to
   * collect the ids that are not in the snapshot (to look up in the graph), once to report, in the same order.
   */
  type Visit = (person: (list: SnapshotList, index: number, field: string, id: unknown, kind: PersonKind | null) => void) => void;
  const each = (list: SnapshotList, fn: (r: Raw, i: number) => void): void => {
    const records = lists[list];
    for (let i = 0; i < records.length; i++) {
      if (!(i in records)) continue;
      const r = records[i];
      if (r && typeof r === 'object' && !Array.isArray(r)) fn(r, i);
    }
  };
  const visitPeople: Visit = (person) => {
    each('employments', (r, i) => person('employments', i, 'repId', r.repId, PersonKind.REP));
    each('portfolio', (r, i) => person('portfolio', i, 'managerId', r.managerId, PersonKind.MANAGER));
    each('relationships', (r, i) => { person('relationships', i, 'a', r.a, null); person('relationships', i, 'b', r.b, null); });
    each('reportsTo', (r, i) => { person('reportsTo', i, 'repId', r.repId, PersonKind.REP); person('reportsTo', i, 'bossId', r.bossId, PersonKind.REP); });
    each('introductions', (r, i) => {
      person('introductions', i, 'introducerId', r.introducerId, null);
      person('introductions', i, 'introducedId', r.introducedId, null);
      person('introductions', i, 'toManagerId', r.toManagerId, PersonKind.MANAGER);
    });
    each('interactions', (r, i) => {
      // each id by its index (`managerIds[2]`), as a GraphQL argument's (found by an outsider: the list alone)
      if (Array.isArray(r.managerIds)) r.managerIds.forEach((id, k) => person('interactions', i, `managerIds[${k}]`, id, PersonKind.MANAGER));
      if (Array.isArray(r.repIds)) r.repIds.forEach((id, k) => person('interactions', i, `repIds[${k}]`, id, PersonKind.REP));
    });
    each('deals', (r, i) => {
      person('deals', i, 'repId', r.repId, PersonKind.REP);
      person('deals', i, 'managerId', r.managerId, PersonKind.MANAGER);
    });
    each('trustOverrides', (r, i) => { person('trustOverrides', i, 'a', r.a, null); person('trustOverrides', i, 'b', r.b, null); });
    each('revenueTargets', (r, i) => person('revenueTargets', i, 'managerId', r.managerId, PersonKind.MANAGER));
  };
  const visitCompanies = (company: (list: SnapshotList, index: number, field: string, id: unknown) => void): void => {
    each('contracts', (r, i) => company('contracts', i, 'companyId', r.companyId));
    each('employments', (r, i) => company('employments', i, 'companyId', r.companyId));
    each('portfolio', (r, i) => company('portfolio', i, 'companyId', r.companyId));
    each('deals', (r, i) => company('deals', i, 'companyId', r.companyId));
    each('revenueTargets', (r, i) => company('revenueTargets', i, 'companyId', r.companyId));
    each('strategyChanges', (r, i) => company('strategyChanges', i, 'companyId', r.companyId));
  };

  // a deleted person is not also a live one of this snapshot
  for (const [id, { index }] of deleted) {
    const live = kindInSnapshot.get(id);
    if (live) bad('deletedPeople', index, 'id', `"${id}" is also in ${live === PersonKind.MANAGER ? 'managers' : 'reps'} of this snapshot; a person is either live or deleted`);
  }
  // people in the snapshot are looked up too: a stored person cannot change kind, and a deleted one is not stored
  const outside = new Set<string>([...kindInSnapshot.keys(), ...deleted.keys()]);
  visitPeople((_l, _i, _f, id) => { if (typeof id === 'string') outside.add(id); });
  const ids = [...outside];
  const stored = new Map<string, PersonKind>();
  for (let i = 0; i < ids.length; i += 10000) {
    const chunk = ids.slice(i, i + 10000);
    (await read.peopleByIds(chunk)).forEach((p) => p && stored.set(p.id, p.kind));
  }
  for (const [id, kind] of kindInSnapshot) {
    const was = stored.get(id);
    if (was && was !== kind) {
      const list = kind === PersonKind.MANAGER ? 'managers' : 'reps';
      bad(list, lists[list].findIndex((r) => String(r.id) === id), 'id', `"${id}" is stored as a ${was.toLowerCase()}; a person cannot change kind`);
    }
  }
  // the people the graph remembers as deleted (few: read whole)
  const deletedInGraph = new Map((await allDeletedPeople(read)).map((d) => [d.id, d]));
  for (const [id, { kind, index }] of deleted) {
    const was = stored.get(id);
    if (was && !kindInSnapshot.has(id)) bad('deletedPeople', index, 'id', `"${id}" is a live ${was.toLowerCase()} in the graph; only a person who is not there may be listed as deleted`);
    const before = deletedInGraph.get(id);
    if (before && before.kind !== kind) bad('deletedPeople', index, 'kind', `"${id}" is remembered in the graph as a deleted ${before.kind.toLowerCase()}; a person cannot change kind`);
  }
  // a live person of the snapshot under an id the graph remembers as deleted: the id is never given again
  for (const [id, kind] of kindInSnapshot) {
    const gone = deletedInGraph.get(id);
    if (gone && !stored.has(id) && !deleted.has(id)) {
      const list = kind === PersonKind.MANAGER ? 'managers' : 'reps';
      bad(list, lists[list].findIndex((r) => r && String(r.id) === id), 'id', deletedIdReason(gone));
    }
  }
  // the people the graph remembers as deleted whom the snapshot names go with it (written again as they are), so
  // that the stores know whom a deal or an interaction names without a link
  const namedGone = new Map<string, DeletedPerson>();
  visitPeople((list, index, field, id, needed) => {
    if (typeof id !== 'string') return;
    const kind = kindInSnapshot.get(id) ?? stored.get(id);
    if (!kind && !deleted.has(id) && deletedInGraph.has(id)) namedGone.set(id, deletedInGraph.get(id)!);
    if (kind) {
      if (needed && kind !== needed) bad(list, index, field, `"${id}" is a ${kind.toLowerCase()}, a ${needed.toLowerCase()} is needed`);
      return;
    }
    const gone = deleted.get(id)?.kind ?? deletedInGraph.get(id)?.kind;
    if (!gone) bad(list, index, field, `"${id}" is neither in this snapshot nor in the graph`);
    else if (!keepsHistory(list, field)) bad(list, index, field, `"${id}" is a deleted ${gone.toLowerCase()}; only deals, interactions and an introduction's toManagerId may name a deleted person`);
    else if (needed && gone !== needed) bad(list, index, field, `"${id}" is a deleted ${gone.toLowerCase()}, a ${needed.toLowerCase()} is needed`);
  });
  const missing = new Set<string>();
  visitCompanies((_l, _i, _f, id) => { if (typeof id === 'string' && !companiesInSnapshot.has(id)) missing.add(id); });
  const storedCompanies = await read.existingIds('company', [...missing]);
  visitCompanies((list, index, field, id) => {
    if (typeof id === 'string' && !companiesInSnapshot.has(id) && !storedCompanies.has(id)) {
      bad(list, index, field, `"${id}" is neither in this snapshot nor in the graph`);
    }
  });

  const counts = Object.fromEntries(SNAPSHOT_LISTS.map((l) => [l, lists[l].length]));
  if (problems.length) {
    const order = (list: string): number => (SNAPSHOT_KEYS as readonly string[]).indexOf(list);
    problems.sort((a, b) => order(a.list) - order(b.list) || a.index - b.index);
    return { snapshot: null, problems, counts };
  }

  // 3. the normalised records (made in 1. already, list by list), and the deleted people
  const snapshot = { version: 1, ...normalised } as Snapshot;
  if (deleted.size || namedGone.size) snapshot.deletedPeople = [...[...deleted.values()].map((d) => d.person), ...namedGone.values()];
  return { snapshot, problems, counts };
}

/**
 * The references that keep a deleted person's history, and so may name them: deals, interactions, and the manager an
 * introduction was made to (a property of the introduction, which deleting that manager leaves; its two ends are the
 * link itself, deleted with either person).
 */
const HISTORY_LISTS = new Set<string>(['deals', 'interactions']);
const keepsHistory = (list: string, field: string): boolean => HISTORY_LISTS.has(list) || (list === 'introductions' && field === 'toManagerId');

interface CheckedDeletion {
  kind: PersonKind;
  index: number;
  person: DeletedPerson;
}

/** A snapshot's `deletedPeople`, each entry checked on its own and against duplicates; the good ones by id. */
function checkDeletedPeople(value: unknown, bad: (list: string, index: number, field: string, reason: string) => void): Map<string, CheckedDeletion> {
  const out = new Map<string, CheckedDeletion>();
  if (value === undefined || value === null) return out;
  if (!Array.isArray(value)) {
    bad('deletedPeople', -1, '', 'must be a list');
    return out;
  }
  const seen = new Map<string, number>();
  for (let index = 0; index < value.length; index++) {
    if (!(index in value)) continue;
    const r = value[index] as Raw;
    if (!r || typeof r !== 'object' || Array.isArray(r)) { bad('deletedPeople', index, '', 'must be an object'); continue; }
    const problems = deletedPersonProblems(r);
    for (const p of problems) bad('deletedPeople', index, p.field, p.reason);
    const unstorable = unstorableTextAt(r);
    if (unstorable !== null) bad('deletedPeople', index, unstorable.path, unstorable.reason);
    if (typeof r.id !== 'string' || problems.some((p) => p.field === 'id')) continue;
    const first = seen.get(r.id);
    if (first !== undefined) { bad('deletedPeople', index, 'id', `duplicates record ${first} of deletedPeople`); continue; }
    seen.set(r.id, index);
    if (problems.length === 0 && unstorable === null) out.set(r.id, { kind: r.kind as PersonKind, index, person: deletedPersonFrom(r) });
  }
  return out;
}
