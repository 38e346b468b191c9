import { type Employment } from './employment';

/** Rules an employment period keeps whatever its source. */
export function employmentProblems(e: Pick<Employment, 'since' | 'until'>): { field: string; reason: string }[] {
  return e.since && e.until && e.until < e.since ? [{ field: 'until', reason: 'cannot be before since' }] : [];
}
