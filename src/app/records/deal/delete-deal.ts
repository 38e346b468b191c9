import { type WriteRequest, deleteRecord } from '@/app/records/write';
import { DEAL } from './deal-records';

/** Deletes a deal; NOT_FOUND for an unknown id. Returns its id. */
export async function deleteDeal(w: WriteRequest, id: string): Promise<string> {
  return deleteRecord(w, DEAL, id);
}
