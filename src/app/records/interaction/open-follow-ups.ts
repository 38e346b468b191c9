import { type Actor, Role } from '@/domain/auth/actor';
import { isMasked } from '@/domain/auth/masking';
import { type Interaction } from '@/domain/interaction/interaction';
import { isIsoDate } from '@/domain/shared/calendar-date';
import { Forbidden, InvalidInput } from '@/app/errors';
import { type GraphOperations } from '@/store/graph-operations';

export interface OpenFollowUpsInput {
  /** Only interactions this manager took part in; omitted: everyone's for an admin, their own for a manager. */
  managerId?: string | null;
  /** YYYY-MM-DD: due on or before; omitted: no limit. */
  dueBy?: string | null;
  limit?: number | null;
}

/**
 * Open next actions, earliest due first (`followUps`), under the rule of `dailyFollowUps`: a manager sees their own
 * (another manager's is FORBIDDEN; none named: their own), an admin anyone's or everyone's. Analysts get none,
 * whatever they ask: a follow-up is its next action, masked for them, and an answer to `dueBy` or the order would
 * tell its due date.
 */
export async function openFollowUps(actor: Actor, read: GraphOperations, input: OpenFollowUpsInput): Promise<Interaction[]> {
  const problems = [];
  if (input.dueBy != null && !isIsoDate(input.dueBy)) problems.push({ field: 'dueBy', reason: 'must be a date YYYY-MM-DD' });
  const limit = input.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) problems.push({ field: 'limit', reason: 'must be from 1 to 500' });
  if (problems.length) throw new InvalidInput(`Invalid ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`, problems);
  let managerId = input.managerId ?? null;
  if (actor.role === Role.MANAGER) {
    if (!actor.managerId) throw new Forbidden('this manager credential names no manager', 'followUps');
    if (managerId !== null && managerId !== actor.managerId) throw new Forbidden('a manager sees only their own follow-ups', 'followUps');
    managerId = actor.managerId;
  } else if (actor.role !== Role.ADMIN && !isMasked(actor, 'Interaction', 'nextAction')) {
    throw new Forbidden('this role may not read follow-ups', 'followUps'); // a role added later: refused until decided
  }
  if (isMasked(actor, 'Interaction', 'nextAction')) return [];
  return read.openActions(managerId, input.dueBy ?? null, limit);
}
