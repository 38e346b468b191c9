import { type WriteRequest, deleteRecord } from '@/app/records/write';
import { CONTRACT } from './contract-records';

/** Deletes a contract; NOT_FOUND for an unknown id. Returns its id. */
export async function deleteContract(w: WriteRequest, id: string): Promise<string> {
  return deleteRecord(w, CONTRACT, id);
}
