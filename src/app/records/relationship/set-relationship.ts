import { type Relationship, relationshipKey } from '@/domain/relationship/relationship';
import { instantOn } from '@/domain/shared/calendar-date';
import { type RelationshipKind } from '@/domain/shared/enums';
import { InvalidInput } from '@/app/errors';
import { type WriteRequest, checkVersion, inTransaction } from '@/app/records/write';
import { requirePeople } from '@/app/records/references';

export interface TieInput {
  a: string;
  b: string;
  /** 0 (none) to 1 (full). */
  trust: number;
  /** Omitted or null keeps the kind recorded before (none on a new tie). */
  kind?: RelationshipKind | null;
  /** Omitted or null keeps the day recorded before. */
  since?: string | null;
}

/** Records how much two people trust each other: creates or replaces their tie (recordedAt becomes now). */
export async function setRelationship(w: WriteRequest, input: TieInput, expectedVersion?: number | null): Promise<Relationship> {
  if (input.a === input.b) throw InvalidInput.field('input.b', 'must be another person than input.a');
  const key = relationshipKey(input.a, input.b);
  return inTransaction(w, async (ops) => {
    await requirePeople(ops, [key.a, key.b], null, 'input.a/input.b');
    const current = await ops.relationshipByPair(key.a, key.b);
    if (current) checkVersion('Relationship', key.id, current.version, expectedVersion);
    const next: Relationship = {
      ...key, trust: input.trust, kind: input.kind ?? current?.kind ?? null, since: input.since ?? current?.since ?? null,
      recordedAt: instantOn(w.today), version: (current?.version ?? 0) + 1,
    };
    await ops.saveRelationship(next);
    return next;
  });
}
