import { PersonKind } from '@/domain/shared/enums';
import { isInstant } from '@/domain/shared/calendar-date';
import { ID_REASON, ID_RULE } from '@/domain/shared/id-rule';

/**
 * A manager or rep who was deleted. Their id stays on the deals and interactions they were part of (history stays)
 * and is never given to anyone again: a person created later under it would inherit that history. A snapshot carries
 * them (`deletedPeople`) so that a restore keeps both. `deletedAt` is null when it is not known (a rep deleted before
 * deleted reps were remembered, found only by the records that still name them).
 */
export interface DeletedPerson {
  id: string;
  kind: PersonKind;
  deletedAt: string | null;
}

export const DELETED_PERSON_FIELDS = ['id', 'kind', 'deletedAt'] as const;

/** What is wrong with one `deletedPeople` entry of a snapshot, field by field (none: it is a DeletedPerson). */
export function deletedPersonProblems(r: Record<string, unknown>): { field: string; reason: string }[] {
  const out: { field: string; reason: string }[] = [];
  if (r.id === undefined || r.id === null) out.push({ field: 'id', reason: 'is required' });
  else if (typeof r.id !== 'string' || !ID_RULE.test(r.id)) out.push({ field: 'id', reason: ID_REASON });
  if (r.kind === undefined || r.kind === null) out.push({ field: 'kind', reason: 'is required' });
  else if (r.kind !== PersonKind.MANAGER && r.kind !== PersonKind.REP) out.push({ field: 'kind', reason: `must be one of: ${PersonKind.MANAGER}, ${PersonKind.REP}` });
  if (r.deletedAt != null && !isInstant(r.deletedAt)) {
    out.push({ field: 'deletedAt', reason: 'must be an ISO 8601 instant with offset, e.g. 2026-06-01T10:00:00Z, or null when not known' });
  }
  for (const f of Object.keys(r)) {
    if (!(DELETED_PERSON_FIELDS as readonly string[]).includes(f)) out.push({ field: f, reason: `unknown field; allowed: ${DELETED_PERSON_FIELDS.join(', ')}` });
  }
  return out;
}

/** A checked entry as the store keeps it: `deletedAt` in UTC, as every instant the service writes (given `+09:00` too). */
export const deletedPersonFrom = (r: Record<string, unknown>): DeletedPerson =>
  ({ id: String(r.id), kind: r.kind as PersonKind, deletedAt: r.deletedAt == null ? null : new Date(String(r.deletedAt)).toISOString() });
