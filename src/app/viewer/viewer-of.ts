import { type Actor, Role } from '@/domain/auth/actor';
import { MASKED_FOR_ANALYSTS, isMasked } from '@/domain/auth/masking';

export interface Viewer {
  role: Role;
  managerId: string | null;
  /** Fields that answer null (or an empty list) for this actor, as Type.field. */
  maskedFields: string[];
}

/** What an actor may see, so a client can show a masked field as masked rather than as unknown. */
export function viewerOf(actor: Actor): Viewer {
  const maskedFields = Object.entries(MASKED_FOR_ANALYSTS).flatMap(([type, fields]) =>
    [...fields].filter((field) => isMasked(actor, type, field)).map((field) => `${type}.${field}`),
  );
  return { role: actor.role, managerId: actor.role === Role.MANAGER ? actor.managerId : null, maskedFields };
}
