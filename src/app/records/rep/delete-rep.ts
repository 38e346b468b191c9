import { type WriteRequest, deleteRecord } from '@/app/records/write';
import { REP } from './rep-records';

/** Deletes a rep with their ties (and those ties' trust overrides), employment history and introductions; NOT_FOUND for an unknown id. Returns its id. */
export async function deleteRep(w: WriteRequest, id: string): Promise<string> {
  return deleteRecord(w, REP, id);
}
