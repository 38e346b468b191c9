import { type FieldProblem } from '@/app/errors';
import { companyProblems, peopleProblems } from '@/app/records/references';
import { dealProblems } from '@/domain/deal/deal-problems';
import { employmentProblems } from '@/domain/employment/employment-problems';
import { PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';

type Raw = Record<string, unknown>;

/** Input fields that name a stored company, or a person (of a kind, or null: either). */
const COMPANY_FIELDS = ['companyId', 'newCompanyId', 'companyIds'];
const PERSON_FIELDS: Record<string, PersonKind | null> = {
  repId: PersonKind.REP, repIds: PersonKind.REP, bossId: PersonKind.REP, successorId: PersonKind.REP,
  managerId: PersonKind.MANAGER, managerIds: PersonKind.MANAGER, toManagerId: PersonKind.MANAGER, fromManagerId: PersonKind.MANAGER,
  a: null, b: null, introducerId: null, introducedId: null,
};

const ids = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : []);

/**
 * The app-level checks a mutation's use case makes (references to stored companies and people, the date rules of deals
 * and employments), run on the fields of an input that passed their format rules, when others did not: so one
 * refusal names a malformed field and a missing company together, instead of the second after the first is fixed.
 * The use case still checks everything once the format is right; this only brings its findings forward. Fields are
 * named under `prefix` ("input."), with the use cases' words.
 */
export async function checksBesideFormat(ops: GraphOperations, input: Raw, badFields: ReadonlySet<string>, prefix: string): Promise<FieldProblem[]> {
  const ok = (f: string): boolean => input[f] != null && !badFields.has(f);
  const found: Promise<FieldProblem[]>[] = [];
  for (const f of COMPANY_FIELDS) {
    if (ok(f)) for (const id of ids(input[f])) found.push(companyProblems(ops, id, `${prefix}${f}`));
  }
  for (const [f, kind] of Object.entries(PERSON_FIELDS)) {
    if (ok(f) && ids(input[f]).length) found.push(peopleProblems(ops, ids(input[f]), kind, `${prefix}${f}`));
  }
  const rules: FieldProblem[] = [];
  if (ok('proposedAt') && ok('closedAt')) rules.push(...dealProblems(input as never));
  if (ok('since') && ok('until')) rules.push(...employmentProblems(input as never));
  return [...(await Promise.all(found)).flat(), ...rules.map((p) => ({ field: `${prefix}${p.field}`, reason: p.reason }))];
}
