import { type BrokerageResult, analyseBrokerage } from '@/domain/brokers/team-brokerage';
import { type GraphStore } from '@/store/graph-store';
import { trustNetwork } from '@/store/insights/insights.queries';
import { type Versioned, VersionedValue } from '@/store/insights/revision-cache';

/** Brokers described in full per analysis: the largest `limit` a client may ask for. */
export const BROKERS_COMPUTED = 50;

export type BrokerSideFilter = 'MANAGER' | 'REP' | null;

export interface BrokerAnalysis {
  result: BrokerageResult;
  computeMs: number;
}

const analyses = new VersionedValue<BrokerAnalysis>();

/**
 * The broker analysis, cached per store, minTrust and side. Freshness rule (README, "Brokers"): an analysis of an
 * unchanged graph (same write revision on the embedded engine, same fingerprint on Neo4j) on the same day is
 * served from the cache however old; after a change, one younger than `maxAgeSeconds` is still served (flagged
 * upToDate: false) and an older one is recomputed. Concurrent requests share one computation.
 */
export function brokerAnalysis(
  store: GraphStore, options: { minTrust: number; side: BrokerSideFilter; maxAgeSeconds: number; today: string },
): Promise<Versioned<BrokerAnalysis>> {
  return analyses.get(store, `${options.minTrust}|${options.side ?? ''}`, options.today, async () => {
    const started = performance.now();
    const network = await trustNetwork(store.read, options.today);
    const result = analyseBrokerage(network, { minTrust: options.minTrust, top: BROKERS_COMPUTED, kind: options.side });
    return { result, computeMs: performance.now() - started };
  }, { staleMs: options.maxAgeSeconds * 1000 });
}
