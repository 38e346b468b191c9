import { FetchPlan } from '@/domain/paths/fetch-plan';
import { type FoundPath } from '@/domain/paths/k-best';
import { Network } from '@/domain/paths/network';
import { type IndexedGraph } from '@/domain/paths/trust-graph';
import { PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';
import { type GraphStore } from '@/store/graph-store';
import {
  readCompanyByKey, readCurrentEmployees, readInteractionsAmong, readManagerIds, readNeighbourhoods, readPeopleByKey,
} from '@/store/paths/paths.queries';
import { type Neighbourhood, type NeighbourhoodSource } from './neighbourhood-source';

/**
 * The network read from the store per search, level by level from both ends (see FetchPlan): right when other
 * processes may write (Neo4j), and while the in-memory network is not loaded.
 */
export class StoreNeighbourhoods implements NeighbourhoodSource {
  constructor(private readonly store: GraphStore) {}

  open(today: string): Neighbourhood {
    const network = new Network();
    network.asOf(today);
    return new StoreNeighbourhood(this.store.read, network);
  }

  async warmUp(): Promise<void> {}
}

class StoreNeighbourhood implements Neighbourhood {
  /** Store round trips the neighbourhood reads made. */
  roundTrips = 0;

  constructor(private readonly ops: GraphOperations, readonly network: Network) {}

  async targetKind(id: string): Promise<'person' | 'company' | null> {
    const [[person], company] = await Promise.all([readPeopleByKey(this.ops, [id]), readCompanyByKey(this.ops, id)]);
    return person ? 'person' : company ? 'company' : null;
  }

  async personKind(id: string): Promise<PersonKind | null> {
    const [p] = await readPeopleByKey(this.ops, [id]);
    return p ? p.kind : null;
  }

  async isCompany(id: string): Promise<boolean> {
    return (await readCompanyByKey(this.ops, id)) !== null;
  }

  currentEmployees(companyId: string, today: string): Promise<string[]> {
    return readCurrentEmployees(this.ops, companyId, today);
  }

  managerIds(): Promise<string[]> {
    return readManagerIds(this.ops);
  }

  async graph(sources: string[], targets: string[], maxHops: number, minTrust: number, avoid: ReadonlySet<string>): Promise<IndexedGraph> {
    const plan = new FetchPlan(sources, targets, maxHops, minTrust, avoid);
    for (let ids = plan.next(); ids; ids = plan.next()) {
      await readNeighbourhoods(this.ops, this.network, ids, minTrust);
      plan.done(this.network);
    }
    this.roundTrips = plan.roundTrips;
    return plan.view(this.network);
  }

  async prepareToExplain(paths: readonly FoundPath[]): Promise<void> {
    if (!paths.length) return;
    const network = this.network;
    // the people on the paths, and those the reasons name (who introduced whom between two of them)
    const named = paths.flatMap((p) => p.people.slice(1).flatMap((b, i) => network.introductionsBetween(p.people[i], b)))
      .flatMap((x) => [x.introducerId, x.introducedId, x.toManagerId]);
    const onPaths = [...new Set(paths.flatMap((p) => p.people))];
    await Promise.all([this.readPeople([...new Set([...onPaths, ...named])]), readInteractionsAmong(this.ops, network, onPaths)]);
  }

  /** Names, teams and employment of the people on the found paths. */
  private async readPeople(ids: string[]): Promise<void> {
    const [people, employments] = await Promise.all([readPeopleByKey(this.ops, ids), this.ops.employmentsByRepIds(ids)]);
    for (const p of people) {
      this.network.upsertPerson({ id: p.id, name: p.name, kind: p.kind === PersonKind.MANAGER ? 'MANAGER' : 'REP', team: p.kind === PersonKind.MANAGER ? p.team : null });
    }
    const all = employments.flat();
    for (const e of all) this.network.upsertEmployment(e);
    const companyIds = [...new Set(all.map((e) => e.companyId))];
    if (companyIds.length) for (const c of await this.ops.companiesByIds(companyIds)) if (c) this.network.upsertCompany(c.id, c.name);
  }
}
