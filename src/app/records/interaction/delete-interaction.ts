import { type WriteRequest, deleteRecord } from '@/app/records/write';
import { INTERACTION } from './interaction-records';

/** Deletes an interaction; NOT_FOUND for an unknown id. Returns its id. */
export async function deleteInteraction(w: WriteRequest, id: string): Promise<string> {
  return deleteRecord(w, INTERACTION, id);
}
