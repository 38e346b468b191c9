import { type Snapshot } from '@/domain/snapshot/snapshot';
import { type Row } from '../runner';

/**
 * The rows the snapshot import writes for the records of relationship health, KPIs and handovers: the columns
 * overrideTrust (health/override-save), setRevenueTarget (kpis/save-target) and updateCompany
 * (handover/record-strategy-change) store. `at` / `setAt` null: the import's time, or the stored one when the value
 * is unchanged (cypher/shared/import/).
 */
export function trustOverrideRow(o: NonNullable<Snapshot['trustOverrides']>[number]): Row {
  return { id: `${o.a}~${o.b}`, a: o.a, b: o.b, trust: o.trust, note: o.note, byId: o.byId, at: o.at };
}

export function revenueTargetRow(t: NonNullable<Snapshot['revenueTargets']>[number]): Row {
  return {
    id: t.id, scope: t.scope, scopeId: t.scopeId, period: t.period.label, periodFrom: t.period.from, periodTo: t.period.to,
    amount: t.amount, setAt: t.setAt, setBy: t.setBy,
  };
}

export function strategyChangeRow(c: NonNullable<Snapshot['strategyChanges']>[number]): Row {
  return { id: c.id, companyId: c.companyId, at: c.at, field: c.field, before: c.before, after: c.after };
}
