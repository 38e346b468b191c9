import { log } from '@/log';
import { type GraphStore } from '@/store/graph-store';
import { readinessOf } from '@/store/readiness';
import { sharedNetwork } from '@/app/health/trust-network';
import { warmUpKeyPersonScoring } from '@/app/key-persons/warm-up-scoring';
import { neighbourhoodsOf } from './neighbourhoods-of';

/**
 * What the service does before `/ready`: loads the in-memory network (warm paths; key persons and the whole team's
 * relationship risks read the deals with each company from it too), then scores the largest companies' key persons
 * once, keeping nothing, so that the first requests after a start run compiled code (warmUpKeyPersonScoring).
 */
export async function warmUp(store: GraphStore, today?: string): Promise<void> {
  await neighbourhoodsOf(store).warmUp(today);
  const network = sharedNetwork(store);
  if (network) warmUpKeyPersonScoring(network, today ?? new Date().toISOString().slice(0, 10));
}

/**
 * Warms the service up (warmUp) so the first requests do not wait for it; `/ready` answers 503 "warming" until it is
 * done, or until it failed (searches, key persons and risks then read at the request). `today` is the day searches
 * will ask on when it is pinned (DEMO_AS_OF); otherwise UTC today.
 */
export function warmUpBeforeReady(store: GraphStore, today?: string): void {
  void readinessOf(store)
    .track('warm-path network', warmUp(store, today))
    .catch((error) => log.warn('warm-path network not preloaded', { error }));
}
