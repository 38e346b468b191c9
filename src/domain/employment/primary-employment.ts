import { type Employment, isCurrent } from './employment';

/** The most recent current employment, the rep's "company now" (the latest start; ties by id). */
export function primaryEmployment(employments: readonly Employment[], today: string): Employment | null {
  const current = employments.filter((e) => isCurrent(e, today));
  current.sort((a, b) => (b.since ?? '').localeCompare(a.since ?? '') || a.id.localeCompare(b.id));
  return current[0] ?? null;
}
