import { isIsoDate } from '@/domain/shared/calendar-date';
import { type Person } from '@/domain/person/person';
import { type PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';
import { InvalidInput } from '@/app/errors';

/** Checks that ids in an input name stored people of the right kind; otherwise INVALID_INPUT naming the field. */
export async function requirePeople(ops: GraphOperations, ids: readonly string[], kind: PersonKind | null, field: string): Promise<Person[]> {
  const people = await ops.peopleByIds(ids);
  const problems = ids.flatMap((id, i) => {
    const p = people[i];
    if (!p) return [{ field, reason: `no person with id "${id}"` }];
    if (kind && p.kind !== kind) return [{ field, reason: `"${id}" is a ${p.kind.toLowerCase()}, a ${kind.toLowerCase()} is needed` }];
    return [];
  });
  if (problems.length) throw new InvalidInput(`Invalid ${field}: ${problems.map((p) => p.reason).join('; ')}`, problems);
  return people as Person[];
}

/** Checks that `id` names a stored company; otherwise INVALID_INPUT naming the field. */
export async function requireCompany(ops: GraphOperations, id: string, field: string): Promise<void> {
  const [c] = await ops.companiesByIds([id]);
  if (!c) throw InvalidInput.field(field, `no company with id "${id}"`);
}

/** Checks that a date given is YYYY-MM-DD; otherwise INVALID_INPUT naming the field. */
export function requireIsoDate(value: string | null | undefined, field: string): void {
  if (value != null && !isIsoDate(value)) throw InvalidInput.field(field, 'must be a date YYYY-MM-DD');
}
