import { type Deal } from '@/domain/deal/deal';
import { type Interaction } from '@/domain/interaction/interaction';
import { type Introduction } from '@/domain/introduction/introduction';
import { DealStage } from '@/domain/shared/enums';

/** What a person has done with us so far: the history a handover must not lose. */
export interface HistoryWithUs {
  interactions: number;
  firstInteraction: string | null;
  lastInteraction: string | null;
  positiveReactions: number;
  negativeReactions: number;
  dealsWon: number;
  dealsLost: number;
  dealsOpen: number;
  /** Sum of won deals' amounts, yen. */
  revenue: number;
  /** Introductions they made for us (as introducer). */
  introductionsMade: number;
}

export function historyWithUs(personId: string, interactions: readonly Interaction[], deals: readonly Deal[], introductions: readonly Introduction[]): HistoryWithUs {
  const times = interactions.map((i) => i.at).sort();
  const own = deals.filter((d) => d.repId === personId || d.managerId === personId);
  const won = own.filter((d) => d.stage === DealStage.WON);
  return {
    interactions: interactions.length,
    firstInteraction: times[0] ?? null,
    lastInteraction: times[times.length - 1] ?? null,
    positiveReactions: interactions.filter((i) => i.reaction === 'POSITIVE').length,
    negativeReactions: interactions.filter((i) => i.reaction === 'NEGATIVE').length,
    dealsWon: won.length,
    dealsLost: own.filter((d) => d.stage === DealStage.LOST).length,
    dealsOpen: own.filter((d) => d.stage === DealStage.OPEN).length,
    revenue: won.reduce((s, d) => s + (d.amount ?? 0), 0),
    introductionsMade: new Set(introductions.filter((x) => x.introducerId === personId).map((x) => x.id)).size,
  };
}
