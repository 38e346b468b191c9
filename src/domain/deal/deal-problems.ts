import { type Deal } from './deal';

/** Rules a deal must keep whatever its source: dates in order. */
export function dealProblems(d: Pick<Deal, 'proposedAt' | 'closedAt'>): { field: string; reason: string }[] {
  return d.proposedAt && d.closedAt && d.closedAt < d.proposedAt ? [{ field: 'closedAt', reason: 'cannot be before proposedAt' }] : [];
}
