import { idParts } from '@/domain/shared/composite-id';
import { type Introduction } from '@/domain/introduction/introduction';
import { IntroductionOutcome } from '@/domain/shared/enums';
import { NotFound } from '@/app/errors';
import { type InWriteTransaction } from './request-introduction';

/** Records how an introduction ended (and on which day, default `today`). NOT_FOUND for an unknown id. */
export async function recordIntroductionOutcome(
  id: string, outcome: IntroductionOutcome, at: string | null | undefined, today: string, write: InWriteTransaction,
): Promise<Introduction> {
  const [introducerId, introducedId, rest] = idParts('introduction', id);
  return write(async (ops) => {
    const existing = introducerId && introducedId && rest !== undefined ? await ops.introductionById(id, introducerId, introducedId) : null;
    if (!existing) throw new NotFound('introduction', id);
    const next: Introduction = { ...existing, outcome, at: at ?? (outcome === IntroductionOutcome.PENDING ? existing.at : today) };
    await ops.saveIntroduction(next);
    return next;
  });
}
