import { recordFromInput } from '@/domain/shared/record-from-input';
import { type Contract } from './contract';

export type ContractInput = { [K in keyof Omit<Contract, 'id' | 'version'>]?: Contract[K] | null };

const CONTRACT_DEFAULTS: Omit<Contract, 'id' | 'version'> = {
  companyId: '', startDate: null, termMonths: null, commissionRate: null, conditions: null, status: null,
};

/** A contract record (without version) from a create input; the snapshot import builds its records the same way. */
export function contractFromInput(input: ContractInput, id: string): Omit<Contract, 'version'> {
  return recordFromInput<Omit<Contract, 'version'>>(CONTRACT_DEFAULTS, input, id);
}
