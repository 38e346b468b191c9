import { InvalidInput } from '@/app/errors';
import { MAX_PERIODS, type PeriodUnit, periodsOf } from '@/domain/kpis/periods';

/** The range and period unit a KPI query asks for (dates checked for form at the edge). */
export interface KpiRange {
  from: string;
  to: string;
  by: PeriodUnit;
}

/** Refuses a range that ends before it starts or needs more than MAX_PERIODS periods. */
export function checkRange(r: KpiRange): void {
  if (r.to < r.from) throw InvalidInput.field('to', `must be on or after from (${r.from})`);
  if (!periodsOf(r.from, r.to, r.by)) throw InvalidInput.field('to', `the range holds more than ${MAX_PERIODS} periods of ${r.by}; narrow it or report by QUARTER`);
}
