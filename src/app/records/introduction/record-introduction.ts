import { type Introduction, introductionId } from '@/domain/introduction/introduction';
import { IntroductionOutcome, PersonKind } from '@/domain/shared/enums';
import { InvalidInput } from '@/app/errors';
import { type WriteRequest, inTransaction } from '@/app/records/write';
import { requirePeople } from '@/app/records/references';

export interface IntroductionRecord {
  introducerId: string;
  introducedId: string;
  toManagerId: string;
  /** The day it happened, YYYY-MM-DD; null: not known. */
  at?: string | null;
  /** Default PENDING. */
  outcome?: IntroductionOutcome | null;
}

/** Records that introducer introduced someone to one of our managers (one record per trio: recording again replaces it). */
export async function recordIntroduction(w: WriteRequest, input: IntroductionRecord): Promise<Introduction> {
  if (input.introducerId === input.introducedId) throw InvalidInput.field('input.introducedId', 'must be another person than the introducer');
  const intro: Introduction = {
    id: introductionId(input.introducerId, input.introducedId, input.toManagerId),
    introducerId: input.introducerId, introducedId: input.introducedId, toManagerId: input.toManagerId,
    at: input.at ?? null, outcome: input.outcome ?? IntroductionOutcome.PENDING,
  };
  return inTransaction(w, async (ops) => {
    await requirePeople(ops, [intro.introducerId, intro.introducedId], null, 'input.introducerId/introducedId');
    await requirePeople(ops, [intro.toManagerId], PersonKind.MANAGER, 'input.toManagerId');
    await ops.saveIntroduction(intro);
    return intro;
  });
}
