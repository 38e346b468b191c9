import { randomUUID } from 'node:crypto';
import { type Rep } from '@/domain/person/person';
import { type RepInput, repFromInput } from '@/domain/person/rep-from-input';
import { withVersion } from '@/domain/shared/record-from-input';
import { type WriteRequest, createRecord } from '@/app/records/write';
import { REP } from './rep-records';

export type NewRep = RepInput & { id?: string | null; name: string };

/** Adds a partner rep; CONFLICT when the id is a manager's or a rep's, or was a deleted manager's. */
export async function createRep(w: WriteRequest, input: NewRep): Promise<Rep> {
  return createRecord(w, REP, withVersion(repFromInput(input, input.id ?? randomUUID()), 1));
}
