import { type Company } from '@/domain/company/company';
import { strategyChanges } from '@/domain/handover/strategy-change';
import { type GraphOperations } from '@/store/graph-operations';
import { recordStrategyChange } from '@/store/handover/strategy-changes';

/**
 * Inside a company's write: one StrategyChange record per strategy field (businessPolicy, challenges) that changed,
 * at `at` (an ISO instant). Proposals read those fields from the insight base, which is read again after any write
 * (the company change in the change feed), so they follow on the next request.
 */
export async function recordStrategyChanges(ops: GraphOperations, before: Company, after: Company, at: string): Promise<void> {
  for (const field of strategyChanges(before, after)) {
    await recordStrategyChange(ops, {
      id: `${after.id}@${field}@${at}`, companyId: after.id, at, field, before: before[field] ?? null, after: after[field] ?? null,
    });
  }
}
