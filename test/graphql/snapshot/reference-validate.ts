/**
 * The snapshot validation as it was before the quick check and the leaner loops (commit b456400), kept verbatim as the
 * reference the new one must match: same accept/reject decision, same problems (list, index, field, reason), same
 * normalised snapshot (its record builders, as they were too, are in reference-records.ts). Used by test/graphql/snapshot/snapshot-validate.equivalence.test.ts only.
 */
import { type ValidationError, validateSync } from 'class-validator';
import { employmentId } from '@/domain/employment/employment';
import { introductionId } from '@/domain/introduction/introduction';
import { relationshipKey } from '@/domain/relationship/relationship';
import { IntroductionOutcome, PersonKind } from '@/domain/shared/enums';
import { type BadRecord, SNAPSHOT_KEYS, SNAPSHOT_LISTS, type Snapshot, type SnapshotList } from '@/domain/snapshot/snapshot';
import { type GraphOperations } from '@/store/graph-operations';
import { flattenValidation } from '@/graphql/errors/format-error';
import { CreateCompanyInput } from '@/graphql/company/company.input';
import { CreateContractInput } from '@/graphql/contract/contract.input';
import { CreateDealInput } from '@/graphql/deal/deal.input';
import { dealProblems } from '@/domain/deal/deal-problems';
import { CreateEmploymentInput } from '@/graphql/employment/employment.input';
import { employmentProblems } from '@/domain/employment/employment-problems';
import { CreateInteractionInput, NextActionInput } from '@/graphql/interaction/interaction.input';
import { IntroductionInput } from '@/graphql/introduction/introduction.input';
import { CreateManagerInput, CreateRepInput } from '@/graphql/person/person.input';
import { PortfolioInput, ReportsToInput } from '@/graphql/portfolio/portfolio.input';
import { RelationshipInput } from '@/graphql/relationship/relationship.input';
import { companyFromInput, contractFromInput, dealFromInput, interactionFromInput, managerFromInput, repFromInput } from './reference-records';

type Raw = Record<string, unknown>;

/** The lists the reference knows: those of b456400 (the lists added since have tests of their own). */
export type ReferenceList = Exclude<SnapshotList, 'trustOverrides' | 'revenueTargets' | 'strategyChanges'>;

/** Per list: the input class its records must satisfy (the same rules as the mutations) and its required fields. */
const SPECS: Record<ReferenceList, { cls: new () => object; required: string[]; key?: (r: Raw) => string }> = {
  companies: { cls: CreateCompanyInput, required: ['id', 'name'], key: (r) => String(r.id) },
  contracts: { cls: CreateContractInput, required: ['id', 'companyId'], key: (r) => String(r.id) },
  managers: { cls: CreateManagerInput, required: ['id', 'name'], key: (r) => String(r.id) },
  reps: { cls: CreateRepInput, required: ['id', 'name'], key: (r) => String(r.id) },
  employments: { cls: CreateEmploymentInput, required: ['repId', 'companyId'], key: (r) => employmentId(String(r.repId), String(r.companyId), r.since as string) },
  portfolio: { cls: PortfolioInput, required: ['managerId', 'companyId'], key: (r) => `${r.managerId}|${r.companyId}` },
  relationships: { cls: RelationshipInput, required: ['a', 'b', 'trust'], key: (r) => relationshipKey(String(r.a), String(r.b)).id },
  reportsTo: { cls: ReportsToInput, required: ['repId', 'bossId'], key: (r) => `${r.repId}|${r.bossId}` },
  introductions: { cls: IntroductionInput, required: ['introducerId', 'introducedId', 'toManagerId'], key: (r) => introductionId(String(r.introducerId), String(r.introducedId), String(r.toManagerId)) },
  interactions: { cls: CreateInteractionInput, required: ['id', 'at', 'channel'], key: (r) => String(r.id) },
  deals: { cls: CreateDealInput, required: ['id', 'companyId', 'product', 'stage'], key: (r) => String(r.id) },
};
export const REFERENCE_LISTS = SNAPSHOT_LISTS.filter((l): l is ReferenceList => l in SPECS);

const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: false, value: true } }; // the values tell a value of the wrong kind (flattenValidation)

function instance(cls: new () => object, raw: Raw): object {
  const obj = Object.assign(new cls(), raw) as Raw;
  if (cls === CreateInteractionInput && obj.nextAction && typeof obj.nextAction === 'object' && !Array.isArray(obj.nextAction)) {
    obj.nextAction = Object.assign(new NextActionInput(), { done: false, ...(obj.nextAction as Raw) });
  }
  return obj;
}

export interface ValidatedSnapshot {
  snapshot: Snapshot | null;
  problems: BadRecord[];
  counts: Record<string, number>;
}

/**
 * Checks a snapshot as a whole: every record against its list's rules, duplicates, and every reference
 * (in the snapshot or already in the graph, and of the right kind). Returns every bad record, or the normalised snapshot.
 */
export async function referenceValidateSnapshot(raw: unknown, read: GraphOperations): Promise<ValidatedSnapshot> {
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
      bad('snapshot', -1, key, `unknown list; allowed: version, ${SNAPSHOT_KEYS.join(', ')}`); // the message names every list
    }
  }
  if (input.version !== undefined && input.version !== 1) bad('snapshot', -1, 'version', 'must be 1');

  const lists = {} as Record<SnapshotList, Raw[]>;
  for (const list of REFERENCE_LISTS) {
    const value = input[list];
    if (value === undefined || value === null) { lists[list] = []; continue; }
    if (!Array.isArray(value)) { bad(list, -1, '', 'must be a list'); lists[list] = []; continue; }
    lists[list] = value as Raw[];
  }

  // 1. each record on its own
  for (const list of REFERENCE_LISTS) {
    const spec = SPECS[list];
    const seen = new Map<string, number>();
    lists[list].forEach((rec, index) => {
      if (!rec || typeof rec !== 'object' || Array.isArray(rec)) { bad(list, index, '', 'must be an object'); return; }
      const before = problems.length;
      for (const f of spec.required) if (rec[f] === undefined || rec[f] === null) bad(list, index, f, 'is required');
      const errors: ValidationError[] = validateSync(instance(spec.cls, rec), OPTIONS);
      for (const e of flattenValidation(errors)) bad(list, index, e.field, e.reason);
      if (problems.length > before) return;
      const key = spec.key?.(rec);
      if (key !== undefined) {
        if (seen.has(key)) bad(list, index, spec.required[0], `duplicates record ${seen.get(key)} of ${list}`);
        else seen.set(key, index);
      }
      for (const p of [...(list === 'deals' ? dealProblems(rec as never) : []), ...(list === 'employments' ? employmentProblems(rec as never) : [])]) {
        bad(list, index, p.field, p.reason);
      }
      if (list === 'relationships' && rec.a === rec.b) bad(list, index, 'b', 'must be another person than a');
      if (list === 'reportsTo' && rec.repId === rec.bossId) bad(list, index, 'bossId', 'must be another person than repId');
      if (list === 'introductions' && rec.introducerId === rec.introducedId) bad(list, index, 'introducedId', 'must be another person than introducerId');
      if (list === 'interactions' && !((rec.managerIds as unknown[])?.length || (rec.repIds as unknown[])?.length)) {
        bad(list, index, 'repIds', 'an interaction needs at least one person (managerIds or repIds)');
      }
    });
  }

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
  const personRefs: { list: SnapshotList; index: number; field: string; id: string; kind: PersonKind | null }[] = [];
  const companyRefs: { list: SnapshotList; index: number; field: string; id: string }[] = [];
  const person = (list: SnapshotList, index: number, field: string, id: unknown, kind: PersonKind | null): void => {
    if (typeof id === 'string') personRefs.push({ list, index, field, id: String(id), kind });
  };
  const company = (list: SnapshotList, index: number, field: string, id: unknown): void => {
    if (typeof id === 'string') companyRefs.push({ list, index, field, id: String(id) });
  };
  // every record that is an object: a record with other problems still gets its references checked
  const each = (list: SnapshotList, fn: (r: Raw, i: number) => void): void =>
    lists[list].forEach((r, i) => r && typeof r === 'object' && !Array.isArray(r) && fn(r, i));
  each('contracts', (r, i) => company('contracts', i, 'companyId', r.companyId));
  each('employments', (r, i) => { person('employments', i, 'repId', r.repId, PersonKind.REP); company('employments', i, 'companyId', r.companyId); });
  each('portfolio', (r, i) => { person('portfolio', i, 'managerId', r.managerId, PersonKind.MANAGER); company('portfolio', i, 'companyId', r.companyId); });
  each('relationships', (r, i) => { person('relationships', i, 'a', r.a, null); person('relationships', i, 'b', r.b, null); });
  each('reportsTo', (r, i) => { person('reportsTo', i, 'repId', r.repId, PersonKind.REP); person('reportsTo', i, 'bossId', r.bossId, PersonKind.REP); });
  each('introductions', (r, i) => {
    person('introductions', i, 'introducerId', r.introducerId, null);
    person('introductions', i, 'introducedId', r.introducedId, null);
    person('introductions', i, 'toManagerId', r.toManagerId, PersonKind.MANAGER);
  });
  each('interactions', (r, i) => {
    for (const id of Array.isArray(r.managerIds) ? r.managerIds : []) person('interactions', i, 'managerIds', id, PersonKind.MANAGER);
    for (const id of Array.isArray(r.repIds) ? r.repIds : []) person('interactions', i, 'repIds', id, PersonKind.REP);
  });
  each('deals', (r, i) => {
    company('deals', i, 'companyId', r.companyId);
    person('deals', i, 'repId', r.repId, PersonKind.REP);
    person('deals', i, 'managerId', r.managerId, PersonKind.MANAGER);
  });

  const outside = [...new Set([...personRefs.map((r) => r.id), ...kindInSnapshot.keys()])];
  const stored = new Map<string, PersonKind>();
  for (let i = 0; i < outside.length; i += 10000) {
    const chunk = outside.slice(i, i + 10000);
    (await read.peopleByIds(chunk)).forEach((p) => p && stored.set(p.id, p.kind));
  }
  for (const [id, kind] of kindInSnapshot) {
    const was = stored.get(id);
    if (was && was !== kind) {
      const list = kind === PersonKind.MANAGER ? 'managers' : 'reps';
      bad(list, lists[list].findIndex((r) => String(r.id) === id), 'id', `"${id}" is stored as a ${was.toLowerCase()}; a person cannot change kind`);
    }
  }
  for (const ref of personRefs) {
    const kind = kindInSnapshot.get(ref.id) ?? stored.get(ref.id);
    if (!kind) bad(ref.list, ref.index, ref.field, `"${ref.id}" is neither in this snapshot nor in the graph`);
    else if (ref.kind && kind !== ref.kind) bad(ref.list, ref.index, ref.field, `"${ref.id}" is a ${kind.toLowerCase()}, a ${ref.kind.toLowerCase()} is needed`);
  }
  const missingCompanies = [...new Set(companyRefs.map((r) => r.id).filter((id) => !companiesInSnapshot.has(id)))];
  const storedCompanies = await read.existingIds('company', missingCompanies);
  for (const ref of companyRefs) {
    if (!companiesInSnapshot.has(ref.id) && !storedCompanies.has(ref.id)) {
      bad(ref.list, ref.index, ref.field, `"${ref.id}" is neither in this snapshot nor in the graph`);
    }
  }

  const counts = Object.fromEntries(REFERENCE_LISTS.map((l) => [l, lists[l].length]));
  if (problems.length) {
    problems.sort((a, b) => SNAPSHOT_LISTS.indexOf(a.list as SnapshotList) - SNAPSHOT_LISTS.indexOf(b.list as SnapshotList) || a.index - b.index);
    return { snapshot: null, problems, counts };
  }

  // 3. normalised records
  const strip = <T extends { version?: number }>(r: T): Omit<T, 'version'> => {
    const { version: _v, ...rest } = r;
    return rest;
  };
  const snapshot: Snapshot = {
    version: 1,
    companies: lists.companies.map((r) => strip(companyFromInput(r as never, String(r.id), 0))),
    contracts: lists.contracts.map((r) => strip(contractFromInput(r as never, String(r.id), 0))),
    managers: lists.managers.map((r) => strip(managerFromInput(r as never, String(r.id), 0))),
    reps: lists.reps.map((r) => strip(repFromInput(r as never, String(r.id), 0))),
    employments: lists.employments.map((r) => ({
      id: employmentId(String(r.repId), String(r.companyId), r.since as string), repId: String(r.repId), companyId: String(r.companyId),
      title: (r.title as string) ?? null, department: (r.department as string) ?? null, since: (r.since as string) ?? null, until: (r.until as string) ?? null,
    })),
    portfolio: lists.portfolio.map((r) => ({ managerId: String(r.managerId), companyId: String(r.companyId), since: (r.since as string) ?? null })),
    relationships: lists.relationships.map((r) => ({
      ...relationshipKey(String(r.a), String(r.b)), trust: Number(r.trust), kind: (r.kind as never) ?? null,
      since: (r.since as string) ?? null, recordedAt: (r.recordedAt as string) ?? null,
    })),
    reportsTo: lists.reportsTo.map((r) => ({ repId: String(r.repId), bossId: String(r.bossId) })),
    introductions: lists.introductions.map((r) => ({
      id: introductionId(String(r.introducerId), String(r.introducedId), String(r.toManagerId)),
      introducerId: String(r.introducerId), introducedId: String(r.introducedId), toManagerId: String(r.toManagerId),
      at: (r.at as string) ?? null, outcome: (r.outcome as IntroductionOutcome) ?? IntroductionOutcome.PENDING,
    })),
    interactions: lists.interactions.map((r) => strip(interactionFromInput(r as never, String(r.id), 0))),
    deals: lists.deals.map((r) => strip(dealFromInput(r as never, String(r.id), 0))),
  };
  return { snapshot, problems, counts };
}
