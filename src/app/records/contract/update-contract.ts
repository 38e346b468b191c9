import { type Contract } from '@/domain/contract/contract';
import { type ContractInput } from '@/domain/contract/contract-from-input';
import { type WriteRequest, updateRecord } from '@/app/records/write';
import { CONTRACT } from './contract-records';

/** Changes the fields given (null clears one; companyId cannot be cleared), under an optional expectedVersion. */
export async function updateContract(w: WriteRequest, id: string, input: ContractInput & { id?: string | null }, expectedVersion?: number | null): Promise<Contract> {
  return updateRecord(w, CONTRACT, id, input, expectedVersion);
}
