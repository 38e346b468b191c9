import { type Rep } from '@/domain/person/person';
import { type RepInput } from '@/domain/person/rep-from-input';
import { type WriteRequest, updateRecord } from '@/app/records/write';
import { REP } from './rep-records';

/** Changes the fields given (null clears one; name cannot be cleared), under an optional expectedVersion. */
export async function updateRep(w: WriteRequest, id: string, input: RepInput & { id?: string | null }, expectedVersion?: number | null): Promise<Rep> {
  return updateRecord(w, REP, id, input, expectedVersion);
}
