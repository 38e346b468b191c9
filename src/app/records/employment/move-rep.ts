import { type Employment, employmentId, notEndedBy } from '@/domain/employment/employment';
import { dayBefore } from '@/domain/employment/day-before';
import { PersonKind } from '@/domain/shared/enums';
import { InvalidInput } from '@/app/errors';
import { type WriteRequest, inTransaction } from '@/app/records/write';
import { requireCompany, requirePeople } from '@/app/records/references';

export interface RepMove {
  repId: string;
  toCompanyId: string;
  /** The first day at the new company, YYYY-MM-DD. */
  since: string;
  title?: string | null;
  department?: string | null;
}

/**
 * A rep moves: every period not ended by `since` ends the day before, and a new one starts at `toCompanyId`.
 * Returns the whole history, newest first. INVALID_INPUT when a current period starts on or after `since`.
 */
export async function moveRep(w: WriteRequest, input: RepMove): Promise<Employment[]> {
  return inTransaction(w, async (ops) => {
    await requirePeople(ops, [input.repId], PersonKind.REP, 'input.repId');
    await requireCompany(ops, input.toCompanyId, 'input.toCompanyId');
    const [history] = await ops.employmentsByRepIds([input.repId]);
    for (const e of history.filter((h) => notEndedBy(h, input.since))) {
      if (e.since && e.since >= input.since) {
        throw InvalidInput.field('input.since', `must be after the start (${e.since}) of the current period at ${e.companyId}`);
      }
      await ops.saveEmployment({ ...e, until: dayBefore(input.since) });
    }
    const next: Employment = {
      id: employmentId(input.repId, input.toCompanyId, input.since), repId: input.repId, companyId: input.toCompanyId,
      title: input.title ?? null, department: input.department ?? null, since: input.since, until: null,
    };
    await ops.saveEmployment(next);
    return (await ops.employmentsByRepIds([input.repId]))[0];
  });
}
