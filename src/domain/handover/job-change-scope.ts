import { type Employment, notEndedBy } from '@/domain/employment/employment';

/** The periods a job change on `day` ends: every one of the rep's not ended by then (started or not). */
export function periodsEndedByJobChange<E extends Pick<Employment, 'until'>>(history: readonly E[], day: string): E[] {
  return history.filter((e) => notEndedBy(e, day));
}

/** What a manager owns of the periods a job change ends (jobChangeScope). */
export interface JobChangeScope {
  /** One of the periods is at a company in the manager's portfolio. */
  atOwned: boolean;
  /** The companies of the periods outside it, each once, in the order of the history. */
  foreign: string[];
}

/**
 * How far a job change of a rep on `day` reaches beyond a manager's portfolio (`owned`: its companies), from the rep's
 * employments (`history`). The change ends every period not ended by `day` (periodsEndedByJobChange), so a manager may
 * record it only when one of them is at one of their partners (`atOwned`) and none is at a company outside their
 * portfolio (`foreign` empty): that period is its own manager's to end (found by an outsider: a rep at two partners at
 * once let a manager end the other manager's period and move its open deals). The access policy and the use case both
 * decide with this.
 */
export function jobChangeScope(history: readonly Pick<Employment, 'companyId' | 'until'>[], day: string, owned: ReadonlySet<string>): JobChangeScope {
  const current = periodsEndedByJobChange(history, day);
  return {
    atOwned: current.some((e) => owned.has(e.companyId)),
    foreign: [...new Set(current.filter((e) => !owned.has(e.companyId)).map((e) => e.companyId))],
  };
}
