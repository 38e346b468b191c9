import { Introduction } from '@/domain/introduction/introduction';
import { IntroductionOutcome } from '@/domain/shared/enums';
import { NotFound } from '@/app/errors';
import { WriteRequest, inTransaction } from '@/app/records/write';
import { requireIsoDate } from '@/app/records/references';

/**
 * Records how an introduction ended and on which day: `at` (YYYY-MM-DD), by default `w.today` (a PENDING outcome
 * keeps the day recorded). NOT_FOUND for an unknown id.
 */
export function recordIntroductionOutcome(w: WriteRequest, id: string, outcome: IntroductionOutcome, at?: string | null): Promise<Introduction> {
  requireIsoDate(at, 'at');
  const [introducerId, introducedId, rest] = id.split('>');
  return inTransaction(w, async (ops) => {
    const existing = introducerId && introducedId && rest !== undefined ? await ops.introductionById(id, introducerId, introducedId) : null;
    if (!existing) throw new NotFound('introduction', id);
    const next: Introduction = { ...existing, outcome, at: at ?? (outcome === IntroductionOutcome.PENDING ? existing.at : w.today) };
    await ops.saveIntroduction(next);
    return next;
  });
}
