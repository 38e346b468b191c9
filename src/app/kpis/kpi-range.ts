import { type FieldProblem } from '@/app/errors';
import { FieldProblems, invalidInputOf } from '@/app/validation/field-problems';
import { MAX_PERIODS, type PeriodUnit, periodsOf, reportDayProblem } from '@/domain/kpis/periods';

/** The range and period unit a KPI query asks for (dates checked for form at the edge). */
export interface KpiRange {
  from: string;
  to: string;
  by: PeriodUnit;
}

/**
 * What is wrong with a range: a day outside the years a report may cover (PERIOD_YEARS), else an end before its start
 * or more than MAX_PERIODS periods. Named `from` and `to`, as the arguments are.
 */
export function rangeProblems(r: KpiRange): FieldProblem[] {
  const problems = new FieldProblems();
  for (const field of ['from', 'to'] as const) {
    const problem = reportDayProblem(r[field]);
    if (problem) problems.add(field, problem);
  }
  if (problems.list.length) return problems.list;
  if (r.to < r.from) return problems.add('to', `must be on or after from (${r.from})`).list;
  if (!periodsOf(r.from, r.to, r.by)) problems.add('to', `the range holds more than ${MAX_PERIODS} periods of ${r.by}; narrow it or report by QUARTER`);
  return problems.list;
}

/** Refuses a range rangeProblems finds wrong, naming every fault. */
export function checkRange(r: KpiRange): void {
  const problems = rangeProblems(r);
  if (problems.length) throw invalidInputOf(problems);
}
