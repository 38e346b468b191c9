import { type WriteRequest, deleteRecord } from '@/app/records/write';
import { COMPANY } from './company-records';

/** Deletes a company with its contracts, revenue targets and strategy changes; CONFLICT while deals or employment history point at it. Returns its id. */
export async function deleteCompany(w: WriteRequest, id: string): Promise<string> {
  return deleteRecord(w, COMPANY, id);
}
