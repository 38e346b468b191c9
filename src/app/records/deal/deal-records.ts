import { type Deal } from '@/domain/deal/deal';
import { dealProblems } from '@/domain/deal/deal-problems';
import { PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';
import { type RecordKind, invalidRecord } from '@/app/records/write';
import { requireCompany, requirePeople } from '@/app/records/references';

async function checkDeal(ops: GraphOperations, d: Deal): Promise<void> {
  await requireCompany(ops, d.companyId, 'input.companyId');
  if (d.repId) await requirePeople(ops, [d.repId], PersonKind.REP, 'input.repId');
  if (d.managerId) await requirePeople(ops, [d.managerId], PersonKind.MANAGER, 'input.managerId');
  const invalid = invalidRecord('deal', dealProblems(d));
  if (invalid) throw invalid;
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
