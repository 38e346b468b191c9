import { type RelationshipHealth, healthOf } from '@/domain/health/relationship-health';
import { type Network } from '@/domain/paths/network';
import { InvalidInput } from '@/app/errors';
import { FieldProblems } from '@/app/validation/field-problems';
import { ID_REASON, ID_RULE } from '@/domain/shared/id-rule';
import { type GraphStore } from '@/store/graph-store';
import { type HealthContext, isDay } from './health-ports';
import { reportDayProblem } from '@/domain/kpis/periods';
import { changeMemo } from './change-memo';
import { networkAround, sharedNetwork, withTrustNetwork } from './trust-network';

export interface RelationshipHealthInput {
  a: string;
  b: string;
  /** YYYY-MM-DD; default: today. */
  asOf?: string | null;
}

export function checkAsOf(asOf: string | null | undefined, today: string, field = 'asOf'): string {
  if (asOf == null) return today;
  const problem = asOfProblem(asOf);
  if (problem) throw InvalidInput.field(field, problem);
  return asOf;
}

/**
 * Why `asOf` cannot be the day asked, or null: a date YYYY-MM-DD in the years reports take (PERIOD_YEARS; found by an
 * outsider: the years 0001 and 9999 were taken, where day arithmetic reads the years 0 to 99 as 1900 to 1999).
 */
export function asOfProblem(asOf: string | null | undefined): string | null {
  if (asOf == null) return null;
  return isDay(asOf) ? reportDayProblem(asOf) : 'must be a date YYYY-MM-DD';
}

/**
 * The health of the tie between a and b (README, "Relationship health"): null when they have no tie (neither a
 * recorded relationship nor an introduced one). Anyone who may read the network may read it.
 */
export async function relationshipHealth(ctx: HealthContext, input: RelationshipHealthInput): Promise<RelationshipHealth | null> {
  // every fault at once (found by an outsider: bad ids were looked up, and a tie of one person answered null)
  const problems = new FieldProblems();
  for (const f of ['a', 'b'] as const) problems.check(typeof input[f] === 'string' && ID_RULE.test(input[f]), f, ID_REASON);
  problems.check(input.a !== input.b, 'b', 'must be another person than a');
  problems.addIf('asOf', asOfProblem(input.asOf));
  problems.throwIfAny();
  const asOf = checkAsOf(input.asOf, ctx.today);
  return withTrustNetwork(ctx.store, [input.a], asOf, (network) => memoHealthOf(ctx.store, network, input.a, input.b, asOf));
}

/**
 * healthOf on `network` (set to `asOf`); on the in-memory network each tie's health is computed once per day and graph
 * state (change-memo.ts: emptied at every change the feed tells), so a tie with a long evidence list asked again is
 * not explained again.
 */
export function memoHealthOf(store: GraphStore, network: Network, a: string, b: string, asOf: string): RelationshipHealth | null {
  if (network !== sharedNetwork(store)) return healthOf(network, a, b, asOf);
  return changeMemo<RelationshipHealth | null>(store, 'relationship-health').get(`${asOf}\u0000${a}\u0000${b}`, () => healthOf(network, a, b, asOf));
}

/**
 * The health of a tie as a listed relationship shows it (Relationship.effectiveTrust, rank, trend, evidence, health):
 * from the in-memory network when loaded, else from the network around `a`, read once per person and day into
 * `memo` (one per request), so that a person's ties listed together read it once.
 */
export function tieHealth(store: GraphStore, memo: Map<string, Promise<Network>>, a: string, b: string, asOf: string): Promise<RelationshipHealth | null> {
  const shared = sharedNetwork(store);
  if (shared) {
    shared.asOf(asOf);
    return Promise.resolve(memoHealthOf(store, shared, a, b, asOf));
  }
  const key = `${a}\u0000${asOf}`;
  let network = memo.get(key);
  if (!network) memo.set(key, (network = networkAround(store.read, [a], asOf)));
  return network.then((n) => {
    n.asOf(asOf);
    return healthOf(n, a, b, asOf);
  });
}
