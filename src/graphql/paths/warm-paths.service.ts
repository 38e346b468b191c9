import { idParts } from '@/domain/shared/composite-id';
import { Introduction, introductionId } from '@/domain/introduction/introduction';
import { TrustBasis } from '@/domain/paths/effective-trust';
import { FetchPlan } from '@/domain/paths/fetch-plan';
import { FoundPath, LIMIT_RANGE, MAX_HOPS_RANGE, kBestPaths } from '@/domain/paths/k-best';
import { IndexedGraph } from '@/domain/paths/trust-graph';
import { Network } from '@/domain/paths/network';
import { StepPerson, stepReason } from '@/domain/paths/reasons';
import { IntroductionOutcome, PersonKind } from '@/domain/shared/enums';
import { GraphOperations } from '@/store/graph-operations';
import { GraphStore } from '@/store/graph-store';
import { NetworkCache } from '@/store/paths/network-cache';
import {
  readCompanyByKey, readCurrentEmployees, readInteractionsAmong, readManagerIds, readNeighbourhoods, readPeopleByKey,
} from '@/store/paths/paths.queries';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { ConflictError } from '@/graphql/errors/conflict.error';
import { NotFoundError } from '@/graphql/errors/not-found.error';

/**
 * Warm introduction paths: resolve the query against the network, find the k strongest paths, explain each
 * step. The network comes from the in-memory cache when this process is the only writer (the embedded
 * engine), else from neighbourhood reads per search, level by level from both ends (see FetchPlan).
 */

export interface WarmPathQuery {
  /** A rep (or any person) id, or a company id: then the paths end at people who work there now. */
  to: string;
  /** A manager id; none: paths may start at any manager. */
  from?: string | null;
  maxHops?: number | null;
  limit?: number | null;
  minTrust?: number | null;
  /** People no path may contain. */
  avoid?: readonly string[] | null;
  /** YYYY-MM-DD: who works where is judged on this day. */
  today: string;
}

export interface PathStepView {
  from: string;
  to: string;
  trust: number;
  reason: string;
  kind: string | null;
  basis: TrustBasis;
  recordedTrust: number | null;
}

export interface PathMemberView {
  personId: string;
  name: string;
  kind: PersonKind;
  team: string | null;
  companyId: string | null;
  companyName: string | null;
  title: string | null;
  department: string | null;
}

export interface WarmPathView {
  strength: number;
  hops: number;
  people: string[];
  steps: PathStepView[];
  members: PathMemberView[];
}

export const DEFAULTS = { maxHops: 4, limit: 5, minTrust: 0 } as const;

export type CacheMode = 'auto' | 'on' | 'off';

export class WarmPathService {
  private readonly cache: NetworkCache | null;

  constructor(
    private readonly store: GraphStore,
    mode: CacheMode = 'auto',
  ) {
    const useCache = mode !== 'off'; // the change feed keeps the in-memory network exact on every engine
    this.cache = useCache ? new NetworkCache(store) : null;
  }

  /** Loads the cache now (a server can call it at start); resolves at once without a cache. */
  async warmUp(): Promise<void> {
    await this.cache?.ready();
  }

  get cacheInfo(): NetworkCache | null {
    return this.cache;
  }

  async find(q: WarmPathQuery): Promise<WarmPathView[]> {
    const maxHops = q.maxHops ?? DEFAULTS.maxHops;
    const limit = q.limit ?? DEFAULTS.limit;
    const minTrust = q.minTrust ?? DEFAULTS.minTrust;
    checkBounds(maxHops, limit, minTrust);
    const avoid = new Set(q.avoid ?? []);
    checkAvoid(q, avoid);

    const cached = this.cache?.current() ?? null;
    const network = cached ?? new Network();
    network.asOf(q.today);
    const ops = this.store.read;

    // what `to`, `from` and `avoid` name (read side by side)
    const isCached = cached !== null;
    const [target] = await Promise.all([
      this.resolveTarget(network, isCached, ops, q.to),
      q.from != null ? this.checkFrom(network, isCached, ops, q.from) : null,
      ...[...avoid].map((id) => this.checkAvoided(network, isCached, ops, id)),
    ]);
    const targets = target.kind === 'person' ? [target.id] : cached ? network.currentEmployees(target.id, q.today) : await readCurrentEmployees(ops, target.id, q.today);

    let graph: IndexedGraph = network;
    let sources: string[];
    if (cached) {
      sources = q.from != null ? [q.from] : [...network.managers()];
    } else {
      sources = q.from != null ? [q.from] : await readManagerIds(ops);
      const plan = new FetchPlan(sources, targets, maxHops, minTrust, avoid);
      for (let ids = plan.next(); ids; ids = plan.next()) {
        await readNeighbourhoods(ops, network, ids, minTrust);
        plan.done(network);
      }
      graph = plan.view(network);
    }

    const { paths } = kBestPaths(graph, { sources: new Set(sources), targets: new Set(targets), maxHops, limit, minTrust, avoid });
    if (!cached && paths.length) {
      // the people on the paths, and those the reasons name (who introduced whom between two of them)
      const named = paths.flatMap((p) => p.people.slice(1).flatMap((b, i) => network.introductionsBetween(p.people[i], b)))
        .flatMap((x) => [x.introducerId, x.introducedId, x.toManagerId]);
      const onPaths = [...new Set(paths.flatMap((p) => p.people))];
      await Promise.all([this.readPeople(network, ops, [...new Set([...onPaths, ...named])]), readInteractionsAmong(ops, network, onPaths)]);
    }
    return paths.map((p) => explain(network, p, q.today));
  }

  private async resolveTarget(network: Network, cached: boolean, ops: GraphOperations, id: string): Promise<{ kind: 'person' | 'company'; id: string }> {
    if (cached) {
      if (network.people.has(id)) return { kind: 'person', id };
      if (network.companies.has(id)) return { kind: 'company', id };
    } else {
      const [[person], company] = await Promise.all([readPeopleByKey(ops, [id]), readCompanyByKey(ops, id)]);
      if (person) return { kind: 'person', id };
      if (company) return { kind: 'company', id };
    }
    throw new NotFoundError('person or company', id);
  }

  private async kindOf(network: Network, cached: boolean, ops: GraphOperations, id: string): Promise<PersonKind | null> {
    if (cached) return (network.people.get(id)?.kind as PersonKind | undefined) ?? null;
    const [p] = await readPeopleByKey(ops, [id]);
    return p ? p.kind : null;
  }

  private async checkFrom(network: Network, cached: boolean, ops: GraphOperations, from: string): Promise<void> {
    const kind = await this.kindOf(network, cached, ops, from);
    if (kind === PersonKind.MANAGER) return;
    if (kind) throw BadUserInputError.field('from', `"${from}" is a rep; from must be one of our managers`);
    if (await this.isCompany(network, cached, ops, from)) throw BadUserInputError.field('from', `"${from}" is a company; from must be one of our managers`);
    throw new NotFoundError('manager', from);
  }

  private async checkAvoided(network: Network, cached: boolean, ops: GraphOperations, id: string): Promise<void> {
    if (await this.kindOf(network, cached, ops, id)) return;
    if (await this.isCompany(network, cached, ops, id)) throw BadUserInputError.field('avoid', `"${id}" is a company; avoid lists people`);
    throw new NotFoundError('person', id);
  }

  private async isCompany(network: Network, cached: boolean, ops: GraphOperations, id: string): Promise<boolean> {
    return cached ? network.companies.has(id) : (await readCompanyByKey(ops, id)) !== null;
  }

  /** Names, teams and employment of the people on the found paths (live mode; the cache has them). */
  private async readPeople(network: Network, ops: GraphOperations, ids: string[]): Promise<void> {
    const [people, employments] = await Promise.all([readPeopleByKey(ops, ids), ops.employmentsByRepIds(ids)]);
    for (const p of people) {
      network.upsertPerson({ id: p.id, name: p.name, kind: p.kind === PersonKind.MANAGER ? 'MANAGER' : 'REP', team: p.kind === PersonKind.MANAGER ? p.team : null });
    }
    const all = employments.flat();
    for (const e of all) network.upsertEmployment(e);
    const companyIds = [...new Set(all.map((e) => e.companyId))];
    if (companyIds.length) for (const c of await ops.companiesByIds(companyIds)) if (c) network.upsertCompany(c.id, c.name);
  }

  // ------------------------------------------------------------------ closing the loop
  /**
   * Asks for an introduction along a path (manager first, target last): records that the person before the
   * target introduces the target to the manager, outcome PENDING, dated `today`. Asking again while it is
   * pending answers the same record; once it has an outcome, asking again is a CONFLICT.
   */
  async requestIntroduction(path: readonly string[], today: string, write: <T>(work: (ops: GraphOperations) => Promise<T>) => Promise<T>): Promise<Introduction> {
    if (path.length < 3) throw BadUserInputError.field('input.path', 'needs a manager, at least one person to ask, and the target (3 people or more)');
    if (new Set(path).size !== path.length) throw BadUserInputError.field('input.path', 'must not name anyone twice');
    const [managerId, introducerId, introducedId] = [path[0], path[path.length - 2], path[path.length - 1]];
    const id = introductionId(introducerId, introducedId, managerId);
    return write(async (ops) => {
      const people = await ops.peopleByIds(path);
      people.forEach((p, i) => {
        if (!p) throw new NotFoundError('person', path[i]);
      });
      if (people[0]!.kind !== PersonKind.MANAGER) throw BadUserInputError.field('input.path', `starts with "${managerId}", a rep; a path starts with one of our managers`);
      for (let i = 0; i + 1 < path.length; i++) {
        if (!(await this.haveTie(ops, path[i], path[i + 1]))) {
          throw BadUserInputError.field('input.path', `"${path[i]}" and "${path[i + 1]}" have no relationship (nor a met introduction)`);
        }
      }
      const existing = await ops.introductionById(id, introducerId, introducedId);
      if (existing) {
        if (existing.outcome === IntroductionOutcome.PENDING) return existing;
        throw new ConflictError(`The introduction "${id}" was asked for already and its outcome is ${existing.outcome}`, { id, outcome: existing.outcome });
      }
      const intro: Introduction = { id, introducerId, introducedId, toManagerId: managerId, at: today, outcome: IntroductionOutcome.PENDING };
      await ops.saveIntroduction(intro);
      return intro;
    });
  }

  /** Records how an introduction ended (and on which day, default `today`). */
  async recordOutcome(
    id: string, outcome: IntroductionOutcome, at: string | null | undefined, today: string,
    write: <T>(work: (ops: GraphOperations) => Promise<T>) => Promise<T>,
  ): Promise<Introduction> {
    const [introducerId, introducedId, rest] = idParts('introduction', id);
    return write(async (ops) => {
      const existing = introducerId && introducedId && rest !== undefined ? await ops.introductionById(id, introducerId, introducedId) : null;
      if (!existing) throw new NotFoundError('introduction', id);
      const next: Introduction = { ...existing, outcome, at: at ?? (outcome === IntroductionOutcome.PENDING ? existing.at : today) };
      await ops.saveIntroduction(next);
      return next;
    });
  }

  private async haveTie(ops: GraphOperations, a: string, b: string): Promise<boolean> {
    const [x, y] = a <= b ? [a, b] : [b, a];
    if (await ops.relationshipByPair(x, y)) return true;
    const [intros] = await ops.introductionsByPersonIds([a]);
    return intros.some((i) => i.outcome === IntroductionOutcome.MET && ((i.introducedId === a && i.toManagerId === b) || (i.introducedId === b && i.toManagerId === a)));
  }
}

function checkBounds(maxHops: number, limit: number, minTrust: number): void {
  if (!Number.isInteger(maxHops) || maxHops < MAX_HOPS_RANGE.min || maxHops > MAX_HOPS_RANGE.max) {
    throw BadUserInputError.field('maxHops', `must be a whole number from ${MAX_HOPS_RANGE.min} to ${MAX_HOPS_RANGE.max}`);
  }
  if (!Number.isInteger(limit) || limit < LIMIT_RANGE.min || limit > LIMIT_RANGE.max) {
    throw BadUserInputError.field('limit', `must be a whole number from ${LIMIT_RANGE.min} to ${LIMIT_RANGE.max}`);
  }
  if (!Number.isFinite(minTrust) || minTrust < 0 || minTrust > 1) throw BadUserInputError.field('minTrust', 'must be from 0 to 1');
}

/** A path cannot start at or end with someone it must avoid: asking for both is a mistake, not an empty answer. */
function checkAvoid(q: WarmPathQuery, avoid: ReadonlySet<string>): void {
  if (q.from != null && avoid.has(q.from)) {
    throw BadUserInputError.field('avoid', `names "${q.from}", the manager given as from; a path cannot avoid where it starts (leave one out)`);
  }
  if (avoid.has(q.to)) throw BadUserInputError.field('avoid', `names "${q.to}", the target given as to; a path cannot avoid where it ends (leave one out)`);
}

/** The steps' reasons and the people's company and title, from what the network knows. */
export function explain(network: Network, path: FoundPath, today: string): WarmPathView {
  const person = (id: string): StepPerson => {
    const p = network.people.get(id);
    return { id, name: p?.name ?? id, kind: p?.kind ?? 'REP', team: p?.team ?? null };
  };
  const steps: PathStepView[] = path.trusts.map((_t, i) => {
    const [a, b] = [path.people[i], path.people[i + 1]];
    const trust = network.effectiveTrust(a, b)!;
    const tie = network.tie(a, b);
    const meeting = trust.basis === 'INTRODUCED' ? network.introducingMeeting(a, b) : null;
    const reason = stepReason({
      from: person(a), to: person(b), kind: tie?.kind ?? null, since: tie?.since ?? null, trust,
      employments: { from: network.employmentsOfPerson(a), to: network.employmentsOfPerson(b) },
      companyNames: network.companies, last: network.lastContact(a, b),
      introducedBy: meeting ? { introducerName: person(meeting.introducerId).name, at: meeting.at } : null, today,
    });
    return { from: a, to: b, trust: trust.trust, reason, kind: tie?.kind ?? null, basis: trust.basis, recordedTrust: trust.recorded };
  });
  const members: PathMemberView[] = path.people.map((id) => {
    const p = network.people.get(id);
    const job = network.currentEmployment(id, today);
    return {
      personId: id, name: p?.name ?? id, kind: p?.kind === 'MANAGER' ? PersonKind.MANAGER : PersonKind.REP, team: p?.team ?? null,
      companyId: job?.companyId ?? null, companyName: job ? network.companies.get(job.companyId) ?? null : null,
      title: job?.title ?? null, department: job?.department ?? null,
    };
  });
  return { strength: path.strength, hops: path.hops, people: path.people, steps, members };
}

const services = new WeakMap<GraphStore, WarmPathService>();

/** The one service of a store (its cache lives as long as the store). */
export function warmPathServiceFor(store: GraphStore): WarmPathService {
  let s = services.get(store);
  if (!s) {
    s = new WarmPathService(store);
    services.set(store, s);
  }
  return s;
}
