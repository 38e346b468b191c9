import { joinId } from '@/domain/shared/composite-id';
import { type IntroductionOutcome } from '@/domain/shared/enums';

/** A recorded event: introducer introduced `introduced` to one of our managers. */
export interface Introduction {
  id: string;
  introducerId: string;
  introducedId: string;
  toManagerId: string;
  at: string | null;
  outcome: IntroductionOutcome;
}

export function introductionId(introducerId: string, introducedId: string, toManagerId: string): string {
  return joinId('introduction', [introducerId, introducedId, toManagerId]);
}
