import { randomUUID } from 'node:crypto';
import { type Deal } from '@/domain/deal/deal';
import { type DealInput, dealFromInput } from '@/domain/deal/deal-from-input';
import { withVersion } from '@/domain/shared/record-from-input';
import { type WriteRequest, createRecord } from '@/app/records/write';
import { DEAL } from './deal-records';

export type NewDeal = DealInput & { id?: string | null; companyId: string; product: string };

/** Adds a deal through a partner; CONFLICT when the id is taken, INVALID_INPUT for unknown references or dates out of order. */
export async function createDeal(w: WriteRequest, input: NewDeal): Promise<Deal> {
  return createRecord(w, DEAL, withVersion(dealFromInput(input, input.id ?? randomUUID()), 1));
}
