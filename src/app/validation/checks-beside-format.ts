import { type FieldProblem } from '@/app/errors';
import { dealProblems } from '@/domain/deal/deal-problems';
import { employmentProblems } from '@/domain/employment/employment-problems';
import { type GraphOperations } from '@/store/graph-operations';
import { REFERENCE_FIELDS, referenceProblems } from './declared-references';

type Raw = Record<string, unknown>;

/**
 * The app-level checks a mutation's use case makes (references to stored companies and people, the date rules of deals
 * and employments), run on the fields of an input that passed their format rules, when others did not: so one
 * refusal names a malformed field and a missing company together, instead of the second after the first is fixed.
 * The use case still checks everything once the format is right; this only brings its findings forward. Fields are
 * named under `prefix` ("input."), with the use cases' words. References by field name (REFERENCE_FIELDS); use cases
 * whose format checks are their own (setRevenueTarget, overrideTrust) run their declared references beside them.
 */
export async function checksBesideFormat(ops: GraphOperations, input: Raw, badFields: ReadonlySet<string>, prefix: string): Promise<FieldProblem[]> {
  const ok = (f: string): boolean => input[f] != null && !badFields.has(f);
  const references = await referenceProblems(ops, input, REFERENCE_FIELDS, prefix, badFields);
  const rules: FieldProblem[] = [];
  if (ok('proposedAt') && ok('closedAt')) rules.push(...dealProblems(input as never));
  if (ok('since') && ok('until')) rules.push(...employmentProblems(input as never));
  return [...references, ...rules.map((p) => ({ field: `${prefix}${p.field}`, reason: p.reason }))];
}
