import { type Manager } from '@/domain/person/person';
import { type ManagerInput } from '@/domain/person/manager-from-input';
import { type WriteRequest, updateRecord } from '@/app/records/write';
import { MANAGER } from './manager-records';

/** Changes the fields given (null clears one; name cannot be cleared), under an optional expectedVersion. */
export async function updateManager(w: WriteRequest, id: string, input: ManagerInput & { id?: string | null }, expectedVersion?: number | null): Promise<Manager> {
  return updateRecord(w, MANAGER, id, input, expectedVersion);
}
