import { type RelationshipHealth, healthOf } from '@/domain/health/relationship-health';
import { Network } from '@/domain/paths/network';
import { InvalidInput } from '@/app/errors';
import { type GraphOperations } from '@/store/graph-operations';
import { readTiesOf } from '@/store/health/health.queries';
import { type HealthContext, isDay } from './health-ports';

export interface RelationshipHealthInput {
  a: string;
  b: string;
  /** YYYY-MM-DD; default: today. */
  asOf?: string | null;
}

/** The network around `a` (everything their ties' trust depends on), on day `asOf`. */
export async function networkAround(read: GraphOperations, ids: readonly string[], asOf: string): Promise<Network> {
  const network = new Network();
  await readTiesOf(read, network, ids);
  network.asOf(asOf);
  return network;
}

export function checkAsOf(asOf: string | null | undefined, today: string, field = 'asOf'): string {
  if (asOf == null) return today;
  if (!isDay(asOf)) throw InvalidInput.field(field, 'must be a date YYYY-MM-DD');
  return asOf;
}

/**
 * The health of the tie between a and b (README, "Relationship health"): null when they have no tie (neither a
 * recorded relationship nor an introduced one). Anyone who may read the network may read it.
 */
export async function relationshipHealth(ctx: HealthContext, input: RelationshipHealthInput): Promise<RelationshipHealth | null> {
  const asOf = checkAsOf(input.asOf, ctx.today);
  const network = await networkAround(ctx.read, [input.a], asOf);
  return healthOf(network, input.a, input.b, asOf);
}
