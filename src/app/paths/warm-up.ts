import { log } from '@/log';
import { type GraphStore } from '@/store/graph-store';
import { readinessOf } from '@/store/readiness';
import { neighbourhoodsOf } from './neighbourhoods-of';

/**
 * Loads the in-memory network now (warm paths; key persons and the whole team's relationship risks read the deals with
 * each company from it too) so the first requests do not wait for it; `/ready` answers 503 "warming" until it is
 * loaded, or until its load failed (searches, key persons and risks then read at the request). `today` is the day
 * searches will ask on when it is pinned (DEMO_AS_OF); otherwise UTC today.
 */
export function warmUpBeforeReady(store: GraphStore, today?: string): void {
  void readinessOf(store)
    .track('warm-path network', neighbourhoodsOf(store).warmUp(today))
    .catch((error) => log.warn('warm-path network not preloaded', { error }));
}
