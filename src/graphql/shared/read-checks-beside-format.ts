import { type FieldProblem } from '@/app/errors';
import { rangeProblems } from '@/app/kpis/kpi-range';
import { isIsoDate } from '@/domain/shared/calendar-date';
import { type PeriodUnit } from '@/domain/kpis/periods';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { type CursorList, decodeCursor } from '@/graphql/pagination/cursor';

type Raw = Record<string, unknown>;

/** The root queries that page with a cursor of their own name (their resolvers decode `after` as that list's). */
const CURSOR_QUERIES: ReadonlySet<string> = new Set<CursorList>(['companies', 'reps', 'managers', 'interactions', 'contracts', 'deals', 'auditLog']);
/** The root queries whose from/to are a KPI range. */
const KPI_QUERIES: ReadonlySet<string> = new Set(['partnerKpis', 'repKpis', 'portfolioKpis']);

/**
 * The checks a read query's resolver or use case makes after its arguments' format rules (a KPI range's end before its
 * start, a cursor this API did not give out), run on the arguments that passed when others did not: so one refusal
 * names `first` and `after` together, or `companyId` and `to` (found by an outsider: read queries named one fault at
 * a time), as checksBesideFormat does for mutations. `args` are the query's arguments as its resolver gets them;
 * `badFields` those that failed. The resolver still checks everything once the format is right.
 */
export function readChecksBesideFormat(query: string, args: Raw, badFields: ReadonlySet<string>): FieldProblem[] {
  const ok = (f: string): boolean => args[f] != null && !badFields.has(f);
  const out: FieldProblem[] = [];
  if (KPI_QUERIES.has(query) && ok('from') && ok('to') && isIsoDate(args.from) && isIsoDate(args.to)) {
    out.push(...rangeProblems({ from: String(args.from), to: String(args.to), by: (args.by ?? 'MONTH') as PeriodUnit }));
  }
  if (CURSOR_QUERIES.has(query) && ok('after') && typeof args.after === 'string') {
    try {
      decodeCursor(query as CursorList, args.after);
    } catch (e) {
      if (!(e instanceof BadUserInputError)) throw e;
      out.push(...(e.extensions.fields as FieldProblem[]));
    }
  }
  return out;
}
