import { recordFromInput } from '@/domain/shared/record-from-input';
import { DealStage } from '@/domain/shared/enums';
import { type Deal } from './deal';

export type DealInput = { [K in keyof Omit<Deal, 'id' | 'version'>]?: Deal[K] | null };

const DEAL_DEFAULTS: Omit<Deal, 'id' | 'version'> = {
  companyId: '', product: '', stage: DealStage.OPEN,
  repId: null, managerId: null, amount: null, grossProfit: null, proposedAt: null, closedAt: null, lossReason: null, competitor: null,
};

/** A deal record (without version) from a create input; the snapshot import builds its records the same way. */
export function dealFromInput(input: DealInput, id: string): Omit<Deal, 'version'> {
  return recordFromInput<Omit<Deal, 'version'>>(DEAL_DEFAULTS, input, id);
}
