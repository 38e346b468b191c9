import { randomUUID } from 'node:crypto';
import { type Contract } from '@/domain/contract/contract';
import { type ContractInput, contractFromInput } from '@/domain/contract/contract-from-input';
import { withVersion } from '@/domain/shared/record-from-input';
import { type WriteRequest, createRecord } from '@/app/records/write';
import { CONTRACT } from './contract-records';

export type NewContract = ContractInput & { id?: string | null; companyId: string };

/** Adds a contract with a company; CONFLICT when the id is taken, INVALID_INPUT when the company does not exist. */
export async function createContract(w: WriteRequest, input: NewContract): Promise<Contract> {
  return createRecord(w, CONTRACT, withVersion(contractFromInput(input, input.id ?? randomUUID()), 1));
}
