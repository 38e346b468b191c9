import { healthOf } from '@/domain/health/relationship-health';
import { type TrustTrend } from '@/domain/health/trust-rank';
import { type Network } from '@/domain/paths/network';
import { type GraphStore } from '@/store/graph-store';
import { changeMemo } from './change-memo';
import { sharedNetwork } from './trust-network';

export interface TieTrend {
  trend: TrustTrend;
  trustThen: number;
}

/**
 * The trend of the tie between a and b on `asOf` (healthOf's trend and trustThen; null when no tie), as the whole
 * team's risks ask it for every tie of our managers at top partners. On the in-memory network each one is computed
 * once per day and graph state (change-memo.ts).
 */
export function tieTrend(store: GraphStore, network: Network, a: string, b: string, asOf: string): TieTrend | null {
  const compute = (): TieTrend | null => {
    const h = healthOf(network, a, b, asOf);
    return h && { trend: h.trend, trustThen: h.trustThen };
  };
  if (network !== sharedNetwork(store)) return compute();
  return changeMemo<TieTrend | null>(store, 'tie-trend').get(`${asOf}\u0000${a}\u0000${b}`, compute);
}
