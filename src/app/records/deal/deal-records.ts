import { type Deal } from '@/domain/deal/deal';
import { dealProblems } from '@/domain/deal/deal-problems';
import { PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';
import { type RecordKind, invalidRecord } from '@/app/records/write';
import { companyProblems, peopleProblems } from '@/app/records/references';
import { invalidInputOf } from '@/app/validation/field-problems';

/** Every bad reference and broken rule of a deal at once. */
async function checkDeal(ops: GraphOperations, d: Deal): Promise<void> {
  const found = await Promise.all([
    companyProblems(ops, d.companyId, 'input.companyId'),
    d.repId ? peopleProblems(ops, [d.repId], PersonKind.REP, 'input.repId') : [],
    d.managerId ? peopleProblems(ops, [d.managerId], PersonKind.MANAGER, 'input.managerId') : [],
  ]);
  const rules = invalidRecord('deal', dealProblems(d)); // "Invalid deal: input.closedAt …" when it is all
  if (found.flat().length) throw invalidInputOf([...found.flat(), ...(rules?.fields ?? [])]);
  if (rules) throw rules;
}

/** How the create/update/delete use cases load, check and save a deal. */
export const DEAL: RecordKind<Deal> = {
  what: 'deal',
  load: async (ops, id) => (await ops.dealsByIds([id]))[0],
  save: (ops, d) => ops.saveDeal(d),
  remove: (ops, id) => ops.deleteDeal(id),
  check: checkDeal,
  required: ['companyId', 'product', 'stage'],
};
