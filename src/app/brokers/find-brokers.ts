import { type Broker } from '@/domain/brokers/team-brokerage';
import { type Person } from '@/domain/person/person';
import { type Versioned } from '@/store/insights/revision-cache';
import { type ReadRequest } from '@/app/shared/read-request';
import { type BrokerAnalysis, type BrokerSideFilter, brokerAnalysis } from './broker-analysis';

export interface BrokerAnalysisInput {
  minTrust?: number | null;
  side?: BrokerSideFilter;
  maxAgeSeconds?: number | null;
}

/** One broker as a result: its rank and the person (someone deleted since the analysis is left out). */
export interface RankedBroker extends Broker {
  rank: number;
  person: Person;
}

/** The analysis behind brokers and brokerNetwork (cached; see brokerAnalysis for the freshness rule). */
export function analyseBrokers(r: ReadRequest, input: BrokerAnalysisInput): Promise<Versioned<BrokerAnalysis>> {
  return brokerAnalysis(r.store, { minTrust: input.minTrust ?? 0, side: input.side ?? null, maxAgeSeconds: input.maxAgeSeconds ?? 300, today: r.today });
}

/** The `limit` people (ours or theirs) whose ties connect our team to the most of the partner network. */
export async function findBrokers(r: ReadRequest, input: BrokerAnalysisInput & { limit?: number | null }): Promise<RankedBroker[]> {
  const chosen = (await analyseBrokers(r, input)).value.result.brokers.slice(0, input.limit ?? 10);
  const people = await r.lookup.people(chosen.map((b) => b.personId));
  return chosen.flatMap((b, i) => (people.has(b.personId) ? [{ ...b, rank: i + 1, person: people.get(b.personId)! }] : []));
}
