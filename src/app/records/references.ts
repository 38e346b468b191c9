import { isIsoDate } from '@/domain/shared/calendar-date';
import { type Person } from '@/domain/person/person';
import { type PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';
import { echoId } from '@/domain/shared/echo-id';
import { type FieldProblem, InvalidInput } from '@/app/errors';

/**
 * What is wrong with the ids of `field`: each that names no stored person, or one of the other kind. `list`: the field
 * is a list, and each bad id is named by its index (`input.repIds[1]`), as its format faults are; `indexes`: the index in
 * the list of each of `ids`, when they are some of its items.
 */
export async function peopleProblems(
  ops: GraphOperations, ids: readonly string[], kind: PersonKind | null, field: string, list = false, indexes?: readonly number[],
): Promise<FieldProblem[]> {
  const people = await ops.peopleByIds(ids);
  return ids.flatMap((id, i) => {
    const p = people[i];
    const at = list ? `${field}[${indexes?.[i] ?? i}]` : field;
    if (!p) return [{ field: at, reason: `no person with id "${echoId(id)}"` }];
    if (kind && p.kind !== kind) return [{ field: at, reason: `"${echoId(id)}" is a ${p.kind.toLowerCase()}, a ${kind.toLowerCase()} is needed` }];
    return [];
  });
}

/** Checks that ids in an input name stored people of the right kind; otherwise INVALID_INPUT naming the field. */
export async function requirePeople(ops: GraphOperations, ids: readonly string[], kind: PersonKind | null, field: string): Promise<Person[]> {
  const problems = await peopleProblems(ops, ids, kind, field);
  if (problems.length) throw new InvalidInput(`Invalid ${field}: ${problems.map((p) => p.reason).join('; ')}`, problems);
  return (await ops.peopleByIds(ids)) as Person[];
}

/** What is wrong with a company reference: none when `id` names a stored company. */
export async function companyProblems(ops: GraphOperations, id: string, field: string): Promise<FieldProblem[]> {
  const [c] = await ops.companiesByIds([id]);
  return c ? [] : [{ field, reason: `no company with id "${echoId(id)}"` }];
}

/** Checks that `id` names a stored company; otherwise INVALID_INPUT naming the field. */
export async function requireCompany(ops: GraphOperations, id: string, field: string): Promise<void> {
  const problems = await companyProblems(ops, id, field);
  if (problems.length) throw InvalidInput.field(field, problems[0].reason);
}

/** Checks that a date given is YYYY-MM-DD; otherwise INVALID_INPUT naming the field. */
export function requireIsoDate(value: string | null | undefined, field: string): void {
  if (value != null && !isIsoDate(value)) throw InvalidInput.field(field, 'must be a date YYYY-MM-DD');
}
