import { joinId } from '@/domain/shared/composite-id';

/** A person's period at a company. A move ends one period and starts another. */
export interface Employment {
  /** Stable key: rep, company and start date. */
  id: string;
  repId: string;
  companyId: string;
  title: string | null;
  department: string | null;
  since: string | null;
  until: string | null;
}

export function employmentId(repId: string, companyId: string, since: string | null | undefined): string {
  return joinId('employment', [repId, companyId, since ?? '']);
}

/** Not ended by `day` (`until` is the first day gone), whether or not it has started. */
export function notEndedBy(e: Pick<Employment, 'until'>, day: string): boolean {
  return e.until == null || e.until > day;
}

/** Works there on `today`: started on or before it (or no start recorded) and not ended by it (`until` is the first day gone). */
export function isCurrent(e: Pick<Employment, 'since' | 'until'>, today: string): boolean {
  return (e.since == null || e.since <= today) && notEndedBy(e, today);
}
