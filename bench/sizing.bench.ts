/**
 * Sizing (npm run bench -- sizing): how a replica's in-memory network grows with the network, up to 1,000,000
 * people, for README's sizing table.
 *
 * Every service process keeps the whole people network in memory (NetworkCache) and answers warm paths from it,
 * on both engines; its size is what bounds one replica. This benchmark builds that network straight from the
 * generator's records at several sizes (a simulation of the cache's load that skips the engine, so that sizes this
 * machine cannot import still fit), and measures at each:
 * - the heap it holds (after a full GC, with the generator's own model released), per 100,000 people;
 * - warm paths (top 5, 4 hops) from one manager and team-wide, through the same use case as the service
 *   (findWarmPaths over InMemoryNeighbourhoods);
 * - what applying one changed tie costs (the in-memory half of a catch-up; the other half is re-reading the record
 *   by id, measured per engine by the replicas benchmark).
 * The engine's own load time of the network is in the paths benchmark (network load) for the run's size.
 *
 * Sizes: --quick 10,000 and 50,000; a full run 100,000, 250,000, 500,000 and 1,000,000 (BENCH_SIZING_SIZES
 * overrides, comma-separated). Run with --expose-gc (npm run bench does) for exact heap figures.
 */
import { Network } from '@/domain/paths/network';
import { stringPool } from '@/domain/shared/string-pool';
import { Rng } from '@/generator/random';
import { GENERATED_AS_OF, generateSnapshot } from '@/generator';
import { findWarmPaths } from '@/app/paths/find-warm-paths';
import { InMemoryNeighbourhoods } from '@/app/paths/in-memory-neighbourhoods';
import { type Neighbourhood, type NeighbourhoodSource } from '@/app/paths/neighbourhood-source';
import { type IntroductionOutcome } from '@/domain/shared/enums';
import { MiB, metric, percentile, runBenchmark } from './harness';

type Rec = Record<string, unknown>;

/** The network a replica would hold, filled from the generated records the way readWholeNetwork fills it. */
function networkFrom(people: number, seed: string, today: string): { network: Network; buildMs: number; managers: string[]; reps: string[]; ties: number } {
  const started = performance.now();
  const snapshot = generateSnapshot({ people, seed });
  const { intern, internOrNull } = stringPool();
  const network = new Network();
  network.asOf(today); // the day searches ask on: the warm-up below computes trust for that day
  const managers: string[] = [];
  const reps: string[] = [];
  let ties = 0;
  const each = (name: string, fn: (r: Rec) => void): void => {
    const list = snapshot.lists.find((l) => l.name === name);
    if (!list) throw new Error(`the generator has no list "${name}"`);
    for (const r of list.records()) fn(r as Rec);
  };
  const recordedAt = `${GENERATED_AS_OF}T00:00:00Z`;
  network.bulkLoad(() => {
    each('managers', (r) => {
      network.upsertPerson({ id: intern(r.id), name: String(r.name), kind: 'MANAGER', team: internOrNull(r.team) });
      managers.push(intern(r.id));
    });
    each('reps', (r) => {
      network.upsertPerson({ id: intern(r.id), name: String(r.name), kind: 'REP', team: null });
      reps.push(intern(r.id));
    });
    each('companies', (r) => network.upsertCompany(intern(r.id), intern(r.name)));
    let employment = 0;
    each('employments', (r) =>
      network.upsertEmployment({
        id: `e${++employment}`, repId: intern(r.repId), companyId: intern(r.companyId), title: internOrNull(r.title),
        department: internOrNull(r.department), since: internOrNull(r.since), until: internOrNull(r.until),
      }),
    );
    each('relationships', (r) => {
      network.upsertTie({ a: intern(r.a), b: intern(r.b), trust: Number(r.trust), recordedAt, kind: internOrNull(r.kind), since: internOrNull(r.since) });
      ties++;
    });
    each('interactions', (r) =>
      network.upsertInteraction({
        id: String(r.id), at: String(r.at), atMillis: Date.parse(String(r.at)), channel: internOrNull(r.channel), reaction: internOrNull(r.reaction),
        participants: [...((r.managerIds as string[]) ?? []), ...((r.repIds as string[]) ?? [])].map(intern),
      }),
    );
    each('deals', (r) =>
      network.upsertDeal({
        id: String(r.id), repId: internOrNull(r.repId), managerId: internOrNull(r.managerId), stage: intern(r.stage),
        closedAt: internOrNull(r.closedAt), proposedAt: internOrNull(r.proposedAt),
      }),
    );
    let introduction = 0;
    each('introductions', (r) =>
      network.upsertIntroduction({
        id: `n${++introduction}`, introducerId: intern(r.introducerId), introducedId: intern(r.introducedId),
        toManagerId: intern(r.toManagerId), at: internOrNull(r.at), outcome: intern(r.outcome) as IntroductionOutcome,
      }),
    );
  });
  network.warmNeighbours();
  return { network, buildMs: performance.now() - started, managers, reps, ties };
}

/** The service's in-memory source over a network that is already loaded. */
function sourceOver(network: Network): NeighbourhoodSource {
  const unreachable: NeighbourhoodSource = {
    open(): Neighbourhood {
      throw new Error('the simulated network is always loaded');
    },
    warmUp: async () => undefined,
  };
  return new InMemoryNeighbourhoods({ asOf: (today) => network.asOf(today), current: () => network, ready: async () => network }, unreachable);
}

function heapAfterGc(): number {
  global.gc?.();
  global.gc?.();
  return process.memoryUsage().heapUsed;
}

runBenchmark({ name: 'sizing', title: 'Sizing: the in-memory network per replica, up to 1,000,000 people' }, async (b) => {
  const quick = b.options.quick;
  const sizes = (process.env.BENCH_SIZING_SIZES ?? (quick ? '10000,50000' : '100000,250000,500000,1000000'))
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  const searches = quick ? 60 : 200;
  const teamSearches = quick ? 10 : 30;
  const today = GENERATED_AS_OF;
  if (!global.gc) b.note('Run without --expose-gc: heap figures include garbage not yet collected.');
  b.note(
    'A simulation: the network is built from the generator’s records in this process, as NetworkCache builds it from the engine’s bulk reads (same Network class, same string interning), so it is the same on both engines. The engine’s own read time is the paths benchmark’s network load.',
  );
  const perHundredK: number[] = [];
  for (const people of sizes) {
    const heap0 = heapAfterGc();
    b.log(`building the network of ${people.toLocaleString('en-US')} people`);
    let built: ReturnType<typeof networkFrom> | null = networkFrom(people, b.options.seed, today);
    const { network, managers, reps, ties, buildMs } = built;
    built = null;
    const heapMiB = (heapAfterGc() - heap0) / MiB;
    const rss = process.memoryUsage().rss / MiB;
    perHundredK.push((heapMiB * 100_000) / people);
    const label = `${people.toLocaleString('en-US')} people`;
    b.add(
      metric({ case: label, name: 'ties', unit: '', value: ties }),
      metric({ case: label, name: 'build from records', unit: 'ms', value: Math.round(buildMs) }),
      metric({ case: label, name: 'heap held by the network', unit: 'MiB', value: Math.round(heapMiB) }),
      metric({ case: label, name: 'heap per 100,000 people', unit: 'MiB', value: Math.round((heapMiB * 100_000) / people) }),
      metric({ case: label, name: 'process RSS after the build', unit: 'MiB', value: Math.round(rss) }),
    );

    const source = sourceOver(network);
    const rng = new Rng(people);
    const one: number[] = [];
    for (let i = 0; i < searches; i++) {
      const from = managers[rng.int(managers.length)];
      const to = reps[rng.int(reps.length)];
      const t = performance.now();
      await findWarmPaths(source, { to, from, today, maxHops: 4, limit: 5 });
      one.push(performance.now() - t);
    }
    const team: number[] = [];
    for (let i = 0; i < teamSearches; i++) {
      const to = reps[rng.int(reps.length)];
      const t = performance.now();
      await findWarmPaths(source, { to, today, maxHops: 4, limit: 5 });
      team.push(performance.now() - t);
    }
    b.add(
      metric({ case: label, name: 'warm paths from one manager, median', unit: 'ms', value: percentile(one, 50) }),
      metric({ case: label, name: 'warm paths from one manager, p95', unit: 'ms', value: percentile(one, 95), goal: { on: 'value', op: '<=', target: 20, text: '< 20 ms' } }),
      metric({ case: label, name: 'team-wide warm paths, median', unit: 'ms', value: percentile(team, 50) }),
      metric({ case: label, name: 'team-wide warm paths, p95', unit: 'ms', value: percentile(team, 95), goal: { on: 'value', op: '<=', target: 50, text: '< 50 ms' } }),
    );

    // The in-memory half of a catch-up: a changed tie applied, and both ends' ties computed again for the next search.
    const changes = quick ? 2_000 : 10_000;
    const pairs: [string, string][] = [];
    while (pairs.length < changes) {
      const a = managers[rng.int(managers.length)];
      const n = network.neighbours(a);
      if (n.length > 0) pairs.push([a, n[rng.int(n.length)].id]);
    }
    const t = performance.now();
    for (const [a, other] of pairs) {
      network.upsertTie({ a, b: other, trust: Math.round(rng.float() * 100) / 100, recordedAt: `${today}T00:00:00Z`, kind: null, since: null });
      network.adjacency(network.indexOf(a));
      network.adjacency(network.indexOf(other));
    }
    b.add(metric({ case: label, name: 'apply one changed tie (in memory, both ends recomputed)', unit: 'µs', value: ((performance.now() - t) * 1000) / changes }));
  }
  if (perHundredK.length > 0) {
    b.note(`Heap per 100,000 people across the sizes: ${perHundredK.map((x) => Math.round(x)).join(', ')} MiB.`);
  }
});
