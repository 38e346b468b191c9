import { type Deal } from '@/domain/deal/deal';
import { type Interaction } from '@/domain/interaction/interaction';
import { type Introduction } from '@/domain/introduction/introduction';
import {
  type EffectiveTrust, type Evidence, dealSignal, effectiveTrust, interactionSignal, introductionSignal,
} from '@/domain/paths/effective-trust';
import { type Relationship } from '@/domain/relationship/relationship';

/** What is recorded around some people: their ties and the records that are evidence between them. */
export interface TieRecords {
  relationships: readonly Relationship[];
  interactions: readonly Interaction[];
  introductions: readonly Introduction[];
  deals: readonly Deal[];
}

const dayOf = (at: string): string => at.slice(0, 10);

/**
 * Everything known between `a` and `b` in `records`, dated up to `asOf` (the warm-path rule's evidence, see
 * src/domain/paths/effective-trust.ts): interactions both took part in, introductions among two of their three
 * people, deals between the rep and the manager.
 */
export function evidenceBetween(a: string, b: string, records: TieRecords, asOf: string): Evidence[] {
  const out: Evidence[] = [];
  const pair: [string, string] = [a, b];
  for (const i of records.interactions) {
    const people = new Set([...i.managerIds, ...i.repIds]);
    if (people.has(a) && people.has(b) && dayOf(i.at) <= asOf) out.push({ kind: 'INTERACTION', at: i.at, signal: interactionSignal(i.reaction), label: i.channel });
  }
  const seen = new Set<string>();
  for (const x of records.introductions) {
    if (seen.has(x.id) || !x.at || x.at > asOf) continue;
    seen.add(x.id);
    const people = new Set([x.introducerId, x.introducedId, x.toManagerId]);
    if (!people.has(a) || !people.has(b) || a === b) continue;
    out.push({ kind: 'INTRODUCTION', at: x.at, signal: introductionSignal(x.outcome, pair, x), label: x.outcome, introduction: x });
  }
  const dealSeen = new Set<string>();
  for (const d of records.deals) {
    const day = d.closedAt ?? d.proposedAt;
    if (dealSeen.has(d.id) || !day || day > asOf) continue;
    dealSeen.add(d.id);
    const ends = new Set([d.repId, d.managerId]);
    if (ends.has(a) && ends.has(b)) out.push({ kind: 'DEAL', at: day, signal: dealSignal(d.stage), label: d.stage });
  }
  return out;
}

/** The effective trust between `a` and `b` as warm paths use it (null: no recorded tie and no introduced one). */
export function tieTrust(a: string, b: string, records: TieRecords, asOf: string): EffectiveTrust | null {
  const tie = records.relationships.find((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a)) ?? null;
  return effectiveTrust([a, b], tie ? { trust: tie.trust, recordedAt: tie.recordedAt, since: tie.since } : null, evidenceBetween(a, b, records, asOf), null, asOf);
}

/**
 * The other ends of `personId`'s ties in `records` that warm paths count: recorded relationships, and introductions
 * in which one was introduced to the other (a manager) and they met (rule 3's introduced tie).
 */
export function tiedTo(personId: string, records: TieRecords): string[] {
  const out = new Set<string>();
  for (const r of records.relationships) if (r.a === personId) out.add(r.b); else if (r.b === personId) out.add(r.a);
  for (const x of records.introductions) {
    if (x.outcome !== 'MET') continue;
    if (x.introducedId === personId) out.add(x.toManagerId);
    else if (x.toManagerId === personId) out.add(x.introducedId);
  }
  out.delete(personId);
  return [...out];
}
