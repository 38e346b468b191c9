import { type FieldProblem } from '@/app/errors';
import { reassignPortfolioBesideFormat } from '@/app/handover/portfolio-items';
import { dealProblems } from '@/domain/deal/deal-problems';
import { employmentProblems } from '@/domain/employment/employment-problems';
import { type GraphOperations } from '@/store/graph-operations';
import { REFERENCE_FIELDS, referenceProblems } from './declared-references';

type Raw = Record<string, unknown>;

/**
 * What a use case would find wrong with the fields of an input that passed their format rules, when others did not
 * (`badFields`: `companyIds`, or only its items `companyIds[1]`), named under `prefix` ("input.") with the use case's
 * words.
 */
export type BesideFormatCheck = (ops: GraphOperations, input: Raw, badFields: ReadonlySet<string>, prefix: string) => Promise<FieldProblem[]>;

/**
 * The checks most mutations' use cases make: references to stored companies and people by field name
 * (REFERENCE_FIELDS), and the date rules of deals and employments.
 */
export const referencesAndDateRules: BesideFormatCheck = async (ops, input, badFields, prefix) => {
  const ok = (f: string): boolean => input[f] != null && !badFields.has(f);
  const rules: FieldProblem[] = [];
  if (ok('proposedAt') && ok('closedAt')) rules.push(...dealProblems(input as never));
  if (ok('since') && ok('until')) rules.push(...employmentProblems(input as never));
  return [
    ...(await referenceProblems(ops, input, REFERENCE_FIELDS, prefix, badFields)),
    ...rules.map((p) => ({ field: `${prefix}${p.field}`, reason: p.reason })),
  ];
};

/** Use cases whose checks differ from referencesAndDateRules, each declared beside its use case. */
const DECLARED: Readonly<Record<string, BesideFormatCheck>> = {
  reassignPortfolio: reassignPortfolioBesideFormat,
};

/**
 * The app-level checks mutation `useCase` makes, run on the fields of an input that passed their format rules, when
 * others did not: so one refusal names a malformed field and a missing company together, instead of the second after
 * the first is fixed. The use case still checks everything once the format is right; this only brings its findings
 * forward. Use cases whose format checks are their own (setRevenueTarget, overrideTrust) run their declared
 * references beside them.
 */
export function checksBesideFormat(useCase: string, ops: GraphOperations, input: Raw, badFields: ReadonlySet<string>, prefix: string): Promise<FieldProblem[]> {
  return (DECLARED[useCase] ?? referencesAndDateRules)(ops, input, badFields, prefix);
}
