import { FieldProblems } from '@/app/validation/field-problems';
import { type DeclaredReferences, referenceProblems } from '@/app/validation/declared-references';
import { Forbidden, NotFound } from '@/app/errors';
import { type Actor, Role } from '@/domain/auth/actor';
import { parsePeriod, periodProblem } from '@/domain/kpis/periods';
import { type RevenueTarget, type TargetScope, targetId } from '@/domain/kpis/revenue-target';
import { PersonKind } from '@/domain/shared/enums';
import { MIN_TARGET_YEN, yenProblem } from '@/domain/shared/yen';
import { type GraphOperations } from '@/store/graph-operations';
import { saveRevenueTarget } from '@/store/kpis/revenue-targets';
import { type TargetWithProgress, dealsOfScope, withProgress } from './target-progress';

export interface SetRevenueTargetInput {
  /** Exactly one of the two. */
  companyId?: string | null;
  managerId?: string | null;
  /** `2026`, `2026-Q4` or `2026-10`. */
  period: string;
  /** Yen, 1 to 1e15 (src/domain/shared/yen.ts). */
  amount: number;
}

/** What setRevenueTarget's input names: a partner or one of our managers. */
export const TARGET_REFERENCES: DeclaredReferences = { companyId: 'company', managerId: PersonKind.MANAGER };

/**
 * Sets (or replaces) the revenue target of a partner or a manager for a period, inside the caller's write
 * transaction. Admins set any; a manager sets their own and their portfolio partners'; analysts none.
 */
export async function setRevenueTarget(
  ops: GraphOperations, actor: Actor, input: SetRevenueTargetInput, now: { at: string; today: string },
): Promise<TargetWithProgress> {
  const given = [input.companyId, input.managerId].filter((x) => x != null);
  const parsed = parsePeriod(input.period);
  const periodFault = periodProblem(input.period);
  // every problem at once; an amount under 1 yen (5e-324) made achieved / amount infinite: every read of it a 500,
  // and one over 1e15 (1e300) overflowed the sums
  const amountProblem = yenProblem(input.amount, MIN_TARGET_YEN);
  const problems = new FieldProblems()
    .check(given.length === 1, 'input.companyId', 'name exactly one of companyId (a partner\'s target) and managerId (a manager\'s)')
    .check(!periodFault, 'input.period', periodFault ?? '')
    .check(!amountProblem, 'input.amount', amountProblem ?? '');
  // its references beside its format faults, in one refusal (alone, a missing one is NOT_FOUND below)
  if (problems.list.length && given.length === 1) {
    for (const p of await referenceProblems(ops, input as unknown as Record<string, unknown>, TARGET_REFERENCES, 'input.')) problems.add(p.field, p.reason);
  }
  problems.throwIfAny();
  const period = parsed!;
  const scope: TargetScope = input.companyId != null ? 'PARTNER' : 'MANAGER';
  const scopeId = (input.companyId ?? input.managerId)!;
  if (scope === 'PARTNER') {
    if (!(await ops.companiesByIds([scopeId]))[0]) throw new NotFound('company', scopeId);
  } else {
    const [m] = await ops.peopleByIds([scopeId]);
    if (!m || m.kind !== PersonKind.MANAGER) throw new NotFound('manager', scopeId);
  }
  if (actor.role === Role.ANALYST) throw new Forbidden('analysts have read-only access', 'setRevenueTarget');
  if (actor.role === Role.MANAGER) {
    const mine = scope === 'MANAGER' ? scopeId === actor.managerId
      : !!actor.managerId && (await ops.portfolioByManagerIds([actor.managerId]))[0].some((e) => e.companyId === scopeId);
    if (!mine) throw new Forbidden(scope === 'MANAGER' ? 'a manager sets only their own target' : `company "${scopeId}" is not in your portfolio`, 'setRevenueTarget');
  }
  const target: RevenueTarget = { id: targetId(scope, scopeId, period.label), scope, scopeId, period, amount: input.amount, setAt: now.at, setBy: actor.role === Role.MANAGER && actor.managerId ? actor.managerId : actor.id };
  await saveRevenueTarget(ops, target);
  return withProgress(target, await dealsOfScope(ops, scope, scopeId), now.today);
}
