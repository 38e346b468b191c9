import { type GraphOperations } from '@/store/graph-operations';
import { deleteOverride, overridesOf } from '@/store/health/health.queries';
import { deleteRevenueTargetsOf } from '@/store/kpis/revenue-targets';

/**
 * What a person's delete removes besides the person and their links (ties, employments, introductions), in the same
 * transaction: the trust overrides of their ties (the ties go with them, so a correction of one has nothing left to
 * correct), and, for a manager, their revenue targets. Each override goes by its own statement, so the change log
 * names it and every process's warm-path network drops it. Overrides another person set (`byId`) stay: that is who
 * corrected a tie, kept like an audit entry's actor.
 */
export async function removePersonLeftovers(ops: GraphOperations, id: string, manager: boolean): Promise<void> {
  for (const o of await overridesOf(ops, [id])) await deleteOverride(ops, o.a, o.b);
  if (manager) await deleteRevenueTargetsOf(ops, 'MANAGER', id);
}
