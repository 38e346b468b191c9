import { type RevenueTarget, type TargetScope } from '@/domain/kpis/revenue-target';
import { type GraphOperations } from '@/store/graph-operations';
import { type Row } from '@/store/runner';

/** Revenue targets (RevenueTarget nodes, cypher/shared/kpis): one per scope and period, keyed by targetId. */
function toTarget(r: Row): RevenueTarget {
  const t = r.t as Row;
  return {
    id: String(t.id), scope: String(t.scope) as TargetScope, scopeId: String(t.scopeId),
    period: { label: String(t.period), from: String(t.periodFrom), to: String(t.periodTo) },
    amount: Number(t.amount), setAt: String(t.setAt), setBy: String(t.setBy),
  };
}

export async function saveRevenueTarget(ops: GraphOperations, t: RevenueTarget): Promise<void> {
  await ops.run('kpis/save-target', {
    id: t.id, scope: t.scope, scopeId: t.scopeId, period: t.period.label, periodFrom: t.period.from, periodTo: t.period.to,
    amount: t.amount, setAt: t.setAt, setBy: t.setBy,
  });
}

export async function revenueTargetById(ops: GraphOperations, id: string): Promise<RevenueTarget | null> {
  const rows = await ops.run('kpis/target-by-id', { id });
  return rows.length ? toTarget(rows[0]) : null;
}

/** A scope's targets, earliest period first. */
export async function revenueTargetsOf(ops: GraphOperations, scope: TargetScope, scopeId: string): Promise<RevenueTarget[]> {
  return (await ops.run('kpis/targets-of-scope', { scope, scopeId })).map(toTarget);
}

/** Removes every target of a scope (its partner or manager is deleted: deleteCompany, deleteManager). */
export async function deleteRevenueTargetsOf(ops: GraphOperations, scope: TargetScope, scopeId: string): Promise<void> {
  await ops.run('kpis/delete-targets-of-scope', { scope, scopeId });
}

/** Every target, by id (the snapshot export). */
export async function allRevenueTargets(ops: GraphOperations): Promise<RevenueTarget[]> {
  return (await ops.run('kpis/all-targets')).map(toTarget);
}
