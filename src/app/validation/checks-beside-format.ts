import { type FieldProblem } from '@/app/errors';
import { handoverItemProblems } from '@/app/handover/portfolio-items';
import { dealProblems } from '@/domain/deal/deal-problems';
import { employmentProblems } from '@/domain/employment/employment-problems';
import { type GraphOperations } from '@/store/graph-operations';
import { REFERENCE_FIELDS, referenceProblems } from './declared-references';

type Raw = Record<string, unknown>;

/**
 * The app-level checks a mutation's use case makes (references to stored companies and people, the date rules of deals
 * and employments, the partners a manager hands over), run on the fields of an input that passed their format rules,
 * when others did not: so one refusal names a malformed field and a missing company together, instead of the second
 * after the first is fixed. The use case still checks everything once the format is right; this only brings its
 * findings forward. `badFields` are the fields that failed (faultyFields: `companyIds`, or only its items
 * `companyIds[1]`); fields are named under `prefix` ("input."), with the use cases' words. References by field name
 * (REFERENCE_FIELDS); use cases whose format checks are their own (setRevenueTarget, overrideTrust) run their declared
 * references beside them.
 */
export async function checksBesideFormat(ops: GraphOperations, input: Raw, badFields: ReadonlySet<string>, prefix: string): Promise<FieldProblem[]> {
  const ok = (f: string): boolean => input[f] != null && !badFields.has(f);
  const rules: FieldProblem[] = [];
  if (ok('proposedAt') && ok('closedAt')) rules.push(...dealProblems(input as never));
  if (ok('since') && ok('until')) rules.push(...employmentProblems(input as never));
  const ruled = rules.map((p) => ({ field: `${prefix}${p.field}`, reason: p.reason }));
  if (!(ok('fromManagerId') && Array.isArray(input.companyIds) && !badFields.has('companyIds'))) {
    return [...(await referenceProblems(ops, input, REFERENCE_FIELDS, prefix, badFields)), ...ruled];
  }
  // reassignPortfolio: the partners named that are not the outgoing manager's (or no company), as its use case tells
  // them, in place of the list's reference check (which would tell a missing company twice); when the outgoing
  // manager is no manager, only whether each company exists
  const { companyIds: _, ...declared } = REFERENCE_FIELDS;
  const references = await referenceProblems(ops, input, declared, prefix, badFields);
  if (references.some((p) => p.field === `${prefix}fromManagerId`)) {
    references.push(...(await referenceProblems(ops, input, { companyIds: 'company' }, prefix, badFields)));
    return [...references, ...ruled];
  }
  const ids = input.companyIds as string[];
  const skip = new Set(ids.flatMap((_id, i) => (badFields.has(`companyIds[${i}]`) ? [i] : [])));
  return [...references, ...(await handoverItemProblems(ops, String(input.fromManagerId), ids, prefix, skip)), ...ruled];
}
