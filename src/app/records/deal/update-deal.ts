import { type Deal } from '@/domain/deal/deal';
import { type DealInput } from '@/domain/deal/deal-from-input';
import { type WriteRequest, updateRecord } from '@/app/records/write';
import { DEAL } from './deal-records';

/** Changes the fields given (null clears one; companyId, product and stage cannot be cleared), under an optional expectedVersion. */
export async function updateDeal(w: WriteRequest, id: string, input: DealInput & { id?: string | null }, expectedVersion?: number | null): Promise<Deal> {
  return updateRecord(w, DEAL, id, input, expectedVersion);
}
