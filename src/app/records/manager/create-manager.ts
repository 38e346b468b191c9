import { randomUUID } from 'node:crypto';
import { type Manager } from '@/domain/person/person';
import { type ManagerInput, managerFromInput } from '@/domain/person/manager-from-input';
import { withVersion } from '@/domain/shared/record-from-input';
import { type WriteRequest, createRecord } from '@/app/records/write';
import { MANAGER } from './manager-records';

export type NewManager = ManagerInput & { id?: string | null; name: string };

/** Adds one of our managers; CONFLICT when the id is a manager's or a rep's, or was a deleted manager's. */
export async function createManager(w: WriteRequest, input: NewManager): Promise<Manager> {
  return createRecord(w, MANAGER, withVersion(managerFromInput(input, input.id ?? randomUUID()), 1));
}
