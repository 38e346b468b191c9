import { type WriteRequest, deleteRecord } from '@/app/records/write';
import { MANAGER } from './manager-records';

/** Deletes a manager with their ties (and their trust overrides), portfolio and revenue targets, and revokes their API tokens; their id is never given again. Returns it. */
export async function deleteManager(w: WriteRequest, id: string): Promise<string> {
  return deleteRecord(w, MANAGER, id);
}
