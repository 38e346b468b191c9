import { healthOf } from '@/domain/health/relationship-health';
import { type TrustTrend } from '@/domain/health/trust-rank';
import { type Network } from '@/domain/paths/network';
import { type GraphStore } from '@/store/graph-store';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { sharedNetwork } from './trust-network';

export interface TieTrend {
  trend: TrustTrend;
  trustThen: number;
}

/** Trends kept at most (many days asked without a change in between): beyond it the memo starts over. */
const MAX_MEMO = 200_000;

/** Per store: the trends computed on the in-memory network, per day and pair, until the next change. */
const memos = new WeakMap<GraphStore, Map<string, TieTrend | null>>();

function memoOf(store: GraphStore): Map<string, TieTrend | null> {
  let memo = memos.get(store);
  if (!memo) {
    // subscribed after the in-memory network (created by neighbourhoodsOf), so the feed tells this listener a change
    // only once the network has applied it: a trend computed meanwhile on the network before it is forgotten here
    neighbourhoodsOf(store);
    memo = new Map();
    const m = memo;
    store.changes.subscribe(() => m.clear());
    memos.set(store, memo);
  }
  return memo;
}

/**
 * The trend of the tie between a and b on `asOf` (healthOf's trend and trustThen; null when no tie), as the whole
 * team's risks ask it for every tie of our managers at top partners. On the in-memory network each one is computed
 * once per day and graph state: the memo hangs off the store's change feed and is emptied at every change.
 */
export function tieTrend(store: GraphStore, network: Network, a: string, b: string, asOf: string): TieTrend | null {
  const compute = (): TieTrend | null => {
    const h = healthOf(network, a, b, asOf);
    return h && { trend: h.trend, trustThen: h.trustThen };
  };
  if (network !== sharedNetwork(store)) return compute();
  const memo = memoOf(store);
  const key = `${asOf}\u0000${a}\u0000${b}`;
  let t = memo.get(key);
  if (t === undefined) {
    if (memo.size >= MAX_MEMO) memo.clear();
    t = compute();
    memo.set(key, t);
  }
  return t;
}
