import { type Contract } from '@/domain/contract/contract';
import { type ContractStatus } from '@/domain/shared/enums';
import { type Row } from '../runner';
import { type Columns, type Unversioned, fromColumns, optionalNumber, optionalOneOf, optionalText, text, version } from './column';

export const contractColumns: Columns<Contract> = {
  id: text,
  companyId: text,
  startDate: optionalText,
  termMonths: optionalNumber,
  commissionRate: optionalNumber,
  conditions: optionalText,
  status: optionalOneOf<ContractStatus>(),
  version,
};

/** The row stored for a contract, without its version (see companyRow). */
export function contractRow(k: Unversioned<Contract>): Row {
  return {
    id: k.id, companyId: k.companyId, startDate: k.startDate, termMonths: k.termMonths, commissionRate: k.commissionRate,
    conditions: k.conditions, status: k.status,
  };
}

export const toContract = (p: Row): Contract => fromColumns(contractColumns, p);
