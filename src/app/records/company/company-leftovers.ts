import { type GraphOperations } from '@/store/graph-operations';
import { deleteStrategyChangesOf } from '@/store/handover/strategy-changes';
import { deleteRevenueTargetsOf } from '@/store/kpis/revenue-targets';

/**
 * What a company's delete removes with it, in the same transaction, as it removes its contracts: its revenue targets
 * and its strategy changes (records about the company alone, meaningless without it). Deals and employment history
 * still refuse the delete (COMPANY.beforeRemove): those are history of people who stay.
 */
export async function removeCompanyLeftovers(ops: GraphOperations, id: string): Promise<void> {
  await deleteRevenueTargetsOf(ops, 'PARTNER', id);
  await deleteStrategyChangesOf(ops, id);
}
