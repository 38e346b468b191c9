import { type FieldProblem } from '@/app/errors';
import { echoId } from '@/domain/shared/echo-id';
import { type GraphOperations } from '@/store/graph-operations';
import { REFERENCE_FIELDS, referenceProblems } from '@/app/validation/declared-references';

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

/**
 * reassignPortfolio's checks beside its format faults (checks-beside-format.ts): the partners named that are not the
 * outgoing manager's (or no company), as its use case tells them, in place of the list's reference check (which would
 * tell a missing company twice); when the outgoing manager is no manager, only whether each company exists. While
 * `fromManagerId` or the list itself is missing or malformed, the references by field name alone.
 */
export async function reassignPortfolioBesideFormat(
  ops: GraphOperations, input: Record<string, unknown>, badFields: ReadonlySet<string>, prefix: string,
): Promise<FieldProblem[]> {
  if (input.fromManagerId == null || badFields.has('fromManagerId') || !Array.isArray(input.companyIds) || badFields.has('companyIds')) {
    return referenceProblems(ops, input, REFERENCE_FIELDS, prefix, badFields);
  }
  const { companyIds: _, ...declared } = REFERENCE_FIELDS;
  const references = await referenceProblems(ops, input, declared, prefix, badFields);
  if (references.some((p) => p.field === `${prefix}fromManagerId`)) {
    return [...references, ...(await referenceProblems(ops, input, { companyIds: 'company' }, prefix, badFields))];
  }
  const ids = input.companyIds as string[];
  const skip = new Set(ids.flatMap((_id, i) => (badFields.has(`companyIds[${i}]`) ? [i] : [])));
  return [...references, ...(await handoverItemProblems(ops, String(input.fromManagerId), ids, prefix, skip))];
}
