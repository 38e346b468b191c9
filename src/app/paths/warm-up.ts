import { log } from '@/log';
import { type GraphStore } from '@/store/graph-store';
import { readinessOf } from '@/store/readiness';
import { warmUpDealFacts } from '@/app/health/partner-deal-facts';
import { neighbourhoodsOf } from './neighbourhoods-of';

/**
 * Loads the in-memory trust network now (embedded engine) so the first searches do not wait for it, then every
 * partner's won and lost deals (the whole team's relationship risks, src/app/health/partner-deal-facts.ts); `/ready`
 * answers 503 "warming" until both are loaded, or until a load failed (searches, risks then read at the request).
 * `today` is the day searches will ask on when it is pinned (DEMO_AS_OF); otherwise UTC today.
 */
export function warmUpBeforeReady(store: GraphStore, today?: string): void {
  const networkFirst = neighbourhoodsOf(store).warmUp(today);
  void readinessOf(store)
    .track('warm-path network', networkFirst)
    .catch((error) => log.warn('warm-path network not preloaded', { error }));
  // every partner's won and lost deals (the whole team's relationship risks), read after the network: one engine read at a time
  void readinessOf(store)
    .track('partner deal facts', networkFirst.then(() => warmUpDealFacts(store), () => warmUpDealFacts(store)))
    .catch((error) => log.warn('partner deal facts not preloaded', { error }));
}
