import { type Company } from '@/domain/company/company';

/** The chart fields whose change is a change of a partner's direction (proposals read them). */
export const STRATEGY_FIELDS = ['businessPolicy', 'challenges'] as const;
export type StrategyField = (typeof STRATEGY_FIELDS)[number];

/** A recorded change of one strategy field: when (ISO instant, UTC), from what to what (who: the audit log's entry of that write). */
export interface StrategyChange {
  id: string;
  companyId: string;
  at: string;
  field: StrategyField;
  before: string | null;
  after: string | null;
}

/** The strategy fields `after` changes from `before` (whitespace-only edits count: the text is the user's). */
export function strategyChanges(before: Pick<Company, StrategyField>, after: Pick<Company, StrategyField>): StrategyField[] {
  return STRATEGY_FIELDS.filter((f) => (before[f] ?? null) !== (after[f] ?? null));
}
