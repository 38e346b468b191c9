import { patchCsr } from '@/domain/brokers/csr-patch';
import { type BrokerageResult, type Csr, type TrustNetworkInput, analyseBrokerage, buildCsr } from '@/domain/brokers/team-brokerage';
import { type GraphStore } from '@/store/graph-store';
import { type Change } from '@/store/changes/change';
import { ChangeTracked } from '@/store/insights/change-tracked';
import { currentEmployers, managerIds, trustTies, tiesBetween, type TrustTies } from '@/store/insights/insights.queries';
import { type Versioned, VersionedValue } from '@/store/insights/revision-cache';

/** Brokers described in full per analysis: the largest `limit` a client may ask for. */
export const BROKERS_COMPUTED = 50;

export type BrokerSideFilter = 'MANAGER' | 'REP' | null;

export interface BrokerAnalysis {
  result: BrokerageResult;
  computeMs: number;
}

const analyses = new VersionedValue<BrokerAnalysis>();
/** Analyses per trust network (as trustNetworks hands it out) and arguments. */
const analysed = new WeakMap<TrustNetworkInput, Map<string, BrokerAnalysis>>();

interface TrustSections {
  ties: TrustTies;
  managers: string[];
  companyOf: Map<string, string>;
}

/** The trust network with its adjacency per minTrust (buildCsr), kept with it and patched across writes. */
export type TrustNetwork = TrustNetworkInput & { adjacency: Map<number, Csr> };

/** Adjacencies kept per network (minTrust values a client asked for) at the most. */
const ADJACENCIES_KEPT = 4;

/** What patchTies changed, for the build right after it: the ties before, the pairs written and their ties now. */
const patchedTies = new WeakMap<TrustTies, { before: TrustTies; pairs: [string, string][]; fresh: TrustTies }>();

/** The ties `changes` name read again (the stored ties of each pair, either way round) in place of those held. */
async function patchTies(store: GraphStore, held: TrustTies, changes: Change[]): Promise<TrustTies> {
  // a deleted person takes their ties with them: those are not named one by one
  if (changes.some((c) => c.type !== 'tie')) return trustTies(store.read);
  const pairs = new Set<string>();
  for (const c of changes) if (c.type === 'tie') pairs.add(c.a < c.b ? `${c.a}\u0000${c.b}` : `${c.b}\u0000${c.a}`);
  const key = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const fresh = await tiesBetween(store.read, [...pairs].map((p) => p.split('\u0000') as [string, string]));
  const out: TrustTies = { from: [], to: [], trust: [] };
  for (let i = 0; i < held.from.length; i++) {
    if (pairs.has(key(held.from[i], held.to[i]))) continue;
    out.from.push(held.from[i]);
    out.to.push(held.to[i]);
    out.trust.push(held.trust[i]);
  }
  out.from.push(...fresh.from);
  out.to.push(...fresh.to);
  out.trust.push(...fresh.trust);
  patchedTies.set(out, { before: held, pairs: [...pairs].map((p) => p.split('\u0000') as [string, string]), fresh });
  return out;
}

/** Whether a tie of at least `minTrust` joins a and b among `ties` (either way round), as buildCsr keeps ties. */
function tied(ties: TrustTies, a: string, b: string, minTrust: number): boolean {
  for (let i = 0; i < ties.from.length; i++) {
    if (ties.trust[i] < minTrust) continue;
    if ((ties.from[i] === a && ties.to[i] === b) || (ties.from[i] === b && ties.to[i] === a)) return true;
  }
  return false;
}

/**
 * The network from its sections. The adjacencies analysed before carry over: as they were when the ties and the team
 * did not change, patched (patchCsr: the written pairs' neighbour lists only) when only some ties did; a change
 * that adds or removes people from the network, or any other re-read, leaves them to be built again on request.
 */
function buildNetwork(s: TrustSections, previous: { sections: TrustSections; value: TrustNetwork } | null): TrustNetwork {
  const network: TrustNetwork = { managers: s.managers, from: s.ties.from, to: s.ties.to, trust: s.ties.trust, companyOf: s.companyOf, adjacency: new Map() };
  const delta = patchedTies.get(s.ties);
  patchedTies.delete(s.ties); // what it holds (the ties before) is not kept beyond this build
  if (!previous || s.managers !== previous.sections.managers) return network;
  if (s.ties === previous.sections.ties) {
    for (const [minTrust, csr] of previous.value.adjacency) network.adjacency.set(minTrust, csr);
  } else if (delta && delta.before === previous.sections.ties) {
    const managers = new Set(s.managers);
    for (const [minTrust, csr] of previous.value.adjacency) {
      const next = patchCsr(csr, delta.pairs.map(([a, b]) => ({ a, b, tied: tied(delta.fresh, a, b, minTrust) })), (id) => managers.has(id));
      if (next) network.adjacency.set(minTrust, next);
    }
  }
  return network;
}

/**
 * The trust network the analysis reads, kept across writes (ChangeTracked): a tie written re-reads that tie only;
 * people and employments re-read the team and who works where (a few ms); everything else alters nothing here.
 */
export const trustNetworks = new ChangeTracked<TrustSections, TrustNetwork>({
  read: {
    ties: (store) => trustTies(store.read),
    managers: (store) => managerIds(store.read),
    companyOf: (store, today) => currentEmployers(store.read, today),
  },
  daily: ['companyOf'],
  touched(c) {
    switch (c.type) {
      case 'tie': return ['ties'];
      // a deleted person takes their ties with them
      case 'person': return ['ties', 'managers', 'companyOf'];
      case 'company': case 'employment': return ['companyOf'];
      default: return [];
    }
  },
  patch: { ties: patchTies },
  build: (s, _today, previous) => buildNetwork(s, previous),
});

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
    const network = await trustNetworks.get(store, options.today);
    // a write that left the trust network as it was (the same object) leaves the analysis as it was
    let memo = analysed.get(network);
    if (!memo) analysed.set(network, (memo = new Map()));
    const key = `${options.minTrust}|${options.side ?? ''}`;
    const known = memo.get(key);
    if (known) return known;
    let csr = network.adjacency.get(options.minTrust);
    if (!csr) {
      csr = buildCsr(network, options.minTrust);
      if (network.adjacency.size >= ADJACENCIES_KEPT) network.adjacency.delete(network.adjacency.keys().next().value as number);
      network.adjacency.set(options.minTrust, csr);
    }
    const result = analyseBrokerage(network, { minTrust: options.minTrust, top: BROKERS_COMPUTED, kind: options.side }, csr);
    const analysis = { result, computeMs: performance.now() - started };
    memo.set(key, analysis);
    return analysis;
  }, { staleMs: options.maxAgeSeconds * 1000 });
}
