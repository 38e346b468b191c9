import { type RelationshipKind } from '@/domain/shared/enums';
import { type Versioned } from '@/domain/shared/versioned';

/** An undirected trust edge between two people. Stored once, with a <= b. */
export interface Relationship extends Versioned {
  id: string;
  a: string;
  b: string;
  kind: RelationshipKind | null;
  trust: number;
  since: string | null;
  /** When the trust value was recorded (ISO instant); evidence after it may adjust effective trust. */
  recordedAt: string;
}

/** The canonical (sorted) pair and the id of the edge between two people. */
export function relationshipKey(x: string, y: string): { a: string; b: string; id: string } {
  const a = x <= y ? x : y;
  const b = x <= y ? y : x;
  return { a, b, id: `${a}~${b}` };
}
