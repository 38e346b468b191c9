import { type FieldProblem } from '@/app/errors';
import { companyProblems, peopleProblems } from '@/app/records/references';
import { PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';

/** What an input field names: a stored company, a person of a kind, or a person of either kind. */
export type ReferenceKind = 'company' | 'person' | PersonKind;

/** A use case's references, by input field: what each must name. */
export type DeclaredReferences = Readonly<Record<string, ReferenceKind>>;

const ids = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : []);

/**
 * What is wrong with the references `declared` of `input`: each id that names no stored company or person, or a person
 * of the other kind, named `${prefix}${field}`. Fields that are missing or among `badFields` (their format failed)
 * are not looked up, nor a list's items among them (`companyIds[1]`). A use case runs its own declaration beside its format faults, so one refusal tells both
 * (checks-beside-format.ts does the same for the format faults class-validator finds first).
 */
export async function referenceProblems(
  ops: GraphOperations, input: Record<string, unknown>, declared: DeclaredReferences, prefix = '', badFields: ReadonlySet<string> = new Set(),
): Promise<FieldProblem[]> {
  const found: Promise<FieldProblem[]>[] = [];
  for (const [field, kind] of Object.entries(declared)) {
    if (input[field] == null || badFields.has(field)) continue;
    const given = ids(input[field]);
    if (!given.length) continue;
    // a list's bad ids by their index (`input.companyIds[2]`), as its format faults are; its malformed items (among
    // `badFields` as `companyIds[1]`) are not looked up, its others are
    const list = Array.isArray(input[field]);
    const indexes = given.flatMap((_, i) => (list && badFields.has(`${field}[${i}]`) ? [] : [i]));
    if (kind === 'company') indexes.forEach((i) => found.push(companyProblems(ops, given[i], list ? `${prefix}${field}[${i}]` : `${prefix}${field}`)));
    else if (indexes.length) found.push(peopleProblems(ops, indexes.map((i) => given[i]), kind === 'person' ? null : kind, `${prefix}${field}`, list, indexes));
  }
  return (await Promise.all(found)).flat();
}

/** Every input field name that names a company or person in this service's mutations, and what it names. */
export const REFERENCE_FIELDS: DeclaredReferences = {
  companyId: 'company', newCompanyId: 'company', companyIds: 'company',
  repId: PersonKind.REP, repIds: PersonKind.REP, bossId: PersonKind.REP, successorId: PersonKind.REP,
  managerId: PersonKind.MANAGER, managerIds: PersonKind.MANAGER, toManagerId: PersonKind.MANAGER, fromManagerId: PersonKind.MANAGER,
  a: 'person', b: 'person', introducerId: 'person', introducedId: 'person',
};
