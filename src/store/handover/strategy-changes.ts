import { type StrategyChange, type StrategyField } from '@/domain/handover/strategy-change';
import { type GraphOperations } from '@/store/graph-operations';
import { type Row } from '@/store/runner';

/** StrategyChange records (cypher/shared/handover): appended, never changed. */
export async function recordStrategyChange(ops: GraphOperations, c: StrategyChange): Promise<void> {
  await ops.run('handover/record-strategy-change', { ...c });
}

/** Changes at or after `since` (an ISO instant, or a day: its start), oldest first. */
export async function strategyChangesSince(ops: GraphOperations, since: string): Promise<StrategyChange[]> {
  return (await ops.run('handover/strategy-changes-since', { since })).map((r) => {
    const s = r.s as Row;
    return {
      id: String(s.id), companyId: String(s.companyId), at: String(s.at), field: String(s.field) as StrategyField,
      before: s.before == null ? null : String(s.before), after: s.after == null ? null : String(s.after),
    };
  });
}

/** Removes a company's strategy changes (the company is deleted: deleteCompany). */
export async function deleteStrategyChangesOf(ops: GraphOperations, companyId: string): Promise<void> {
  await ops.run('handover/delete-strategy-changes-of-company', { companyId });
}
