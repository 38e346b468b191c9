import { type FieldProblem } from '@/app/errors';
import { echoId } from '@/domain/shared/echo-id';
import { type GraphOperations } from '@/store/graph-operations';

/**
 * What is wrong with the partners a manager is asked to hand over (reassignPortfolio's companyIds): each item that is
 * not in `fromManagerId`'s portfolio, named by its index (`input.companyIds[2]`), told apart from one that names no
 * company at all (found by an outsider). Items whose index is in `skip` (their format failed) are not looked up, so
 * the use case and the checks beside the format faults (checks-beside-format.ts) tell the same faults in one refusal.
 */
export async function handoverItemProblems(
  ops: GraphOperations, fromManagerId: string, companyIds: readonly string[], prefix: string, skip: ReadonlySet<number> = new Set(),
): Promise<FieldProblem[]> {
  const [owned] = await ops.portfolioByManagerIds([fromManagerId]);
  const ownedIds = new Set(owned.map((e) => e.companyId));
  const notOwned = [...new Set(companyIds.filter((id, i) => !skip.has(i) && !ownedIds.has(id)))];
  if (!notOwned.length) return [];
  const found = new Set((await ops.companiesByIds(notOwned)).flatMap((c) => (c ? [c.id] : [])));
  return companyIds.flatMap((id, i) => (skip.has(i) || ownedIds.has(id) ? [] : [{
    field: `${prefix}companyIds[${i}]`,
    reason: found.has(id) ? `"${echoId(id)}" is not in ${echoId(fromManagerId)}'s portfolio` : `no company with id "${echoId(id)}"`,
  }]));
}
