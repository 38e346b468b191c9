import { titleRank } from '@/domain/key-persons/title-rank';
import { roundScore } from '@/domain/shared/rounding';

/** A colleague who could take over from a rep who leaves, with what speaks for them. */
export interface SuccessorCandidate {
  personId: string;
  name: string;
  title: string | null;
  /** Trust between the leaving rep and them (effective), 0 when they have no tie. */
  tieToLeaver: number;
  /** Our managers' strongest effective trust with them, 0 when none of us knows them. */
  ourTrust: number;
  /** How senior their title reads (key persons' title rank), 0.15 to 1. */
  seniority: number;
  score: number;
  reasons: string[];
}

export interface SuccessorInput {
  personId: string;
  name: string;
  title: string | null;
  tieToLeaver: number;
  /** The manager with the strongest tie to them, if any. */
  ourBest: { managerName: string; trust: number } | null;
}

/**
 * The weights of a successor's score (README, "Handovers"): someone the leaving rep trusts can be introduced by them
 * before they go; someone we already trust needs no introduction; a senior title carries the relationship inside.
 */
export const SUCCESSOR_WEIGHTS = { tieToLeaver: 0.4, ourTrust: 0.4, seniority: 0.2 } as const;

export function rankSuccessors(candidates: readonly SuccessorInput[], leaverName: string, limit: number): SuccessorCandidate[] {
  const W = SUCCESSOR_WEIGHTS;
  return candidates
    .map((c) => {
      const rank = titleRank(c.title);
      const ourTrust = c.ourBest?.trust ?? 0;
      const reasons: string[] = [];
      if (c.tieToLeaver > 0) reasons.push(`${leaverName} trusts them (${c.tieToLeaver.toFixed(2)}): ask for an introduction before the move`);
      if (c.ourBest) reasons.push(`${c.ourBest.managerName} already knows them (trust ${c.ourBest.trust.toFixed(2)})`);
      else reasons.push('None of our managers knows them yet');
      if (rank.level) reasons.push(`${c.title} (${rank.level})`);
      return {
        personId: c.personId, name: c.name, title: c.title, tieToLeaver: roundScore(c.tieToLeaver), ourTrust: roundScore(ourTrust), seniority: rank.rank,
        score: roundScore(W.tieToLeaver * c.tieToLeaver + W.ourTrust * ourTrust + W.seniority * rank.rank), reasons,
      };
    })
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.personId < b.personId ? -1 : 1))
    .slice(0, limit);
}
