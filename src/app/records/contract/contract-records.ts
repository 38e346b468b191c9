import { type Contract } from '@/domain/contract/contract';
import { type RecordKind } from '@/app/records/write';
import { requireCompany } from '@/app/records/references';

/** How the create/update/delete use cases load, check and save a contract. */
export const CONTRACT: RecordKind<Contract> = {
  what: 'contract',
  load: async (ops, id) => (await ops.contractsByIds([id]))[0],
  save: async (ops, next, current) => {
    if (current && current.companyId !== next.companyId) await ops.deleteContract(next.id); // re-link to the new company
    await ops.saveContract(next);
  },
  remove: (ops, id) => ops.deleteContract(id),
  check: (ops, k) => requireCompany(ops, k.companyId, 'input.companyId'),
  required: ['companyId'],
};
