/**
 * Replicas (npm run bench -- replicas --engine neo4j): replica A takes writes at 10 per second while replica B
 * serves warm paths, on one database. Measures B's latency (p95, against the same load on B with no writes, in
 * the same run) and the staleness B showed: every few requests B is asked about the tie A's last acknowledged write
 * set, and must answer with that write (0 requests behind).
 *
 * A and B are two stores (each its own driver, change feed and caches) behind two service servers, in this one
 * process; the test suite (test/contract/replicas.contract.test.ts) runs them as two processes. On Kuzu, which one
 * process owns, A and B are the same service: the figures show the cost of following one's own writes.
 */
import { todayUtc } from '@/graphql/context';
import { findWarmPaths } from '@/app/paths/find-warm-paths';
import { InMemoryNeighbourhoods } from '@/app/paths/in-memory-neighbourhoods';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { type GraphStore } from '@/store/graph-store';
import { Rng } from '@/generator/random';
import { type BenchServer, graphql, median, metric, percentile, runBenchmark, startServiceServer } from './harness';

const PATHS = `query Paths($to: ID!, $from: ID) { warmIntroPaths(to: $to, from: $from, maxHops: 4, limit: 5) {
  strength hops people { id name } steps { trust reason } } }`;
const DIRECT = `query Direct($to: ID!, $from: ID) { warmIntroPaths(to: $to, from: $from, maxHops: 1, limit: 1) { steps { recordedTrust } } }`;
const SET_TIE = 'mutation Tie($a: ID!, $b: ID!, $t: Float!) { setRelationship(input: { a: $a, b: $b, trust: $t }) { version } }';

const ms = (x: number): number => Math.round(x * 100) / 100;

runBenchmark({ name: 'replicas', title: 'Replicas: writes on A, warm paths on B' }, async (b) => {
  const quick = b.options.quick;
  const seconds = quick ? 10 : 30;
  const net = await b.loadNetwork();
  const storeA = net.store;
  const storeB: GraphStore = storeA.capabilities.soleWriter ? storeA : await net.handle.openStore();
  const serverA = await startServiceServer(storeA, net.handle.config);
  const serverB: BenchServer = storeB === storeA ? serverA : await startServiceServer(storeB, net.handle.config);
  try {
    const sourceB = neighbourhoodsOf(storeB);
    if (!(sourceB instanceof InMemoryNeighbourhoods)) throw new Error('replica B serves warm paths from the store, not its in-memory network');
    const network = await sourceB.cache.ready();
    const managers = [...network.managers()].sort();
    const reps = [...network.people.values()].filter((p) => p.kind === 'REP').map((p) => p.id).sort();
    const rng = new Rng(b.options.people);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rng.float() * xs.length)];
    const today = todayUtc();
    for (let i = 0; i < 30; i++) await findWarmPaths(sourceB, { from: pick(managers), to: pick(reps), today });
    const subjectA = { url: serverA.url, headers: serverA.headers };
    const subjectB = { url: serverB.url, headers: serverB.headers };

    /** B answers warm-path requests one at a time for `seconds`; every fifth request is a staleness probe. */
    const serveB = async (probe: (() => Promise<void>) | null): Promise<number[]> => {
      const latencies: number[] = [];
      const end = performance.now() + seconds * 1000;
      for (let i = 0; performance.now() < end; i++) {
        if (probe && i % 5 === 4) {
          await probe();
          continue;
        }
        const t = performance.now();
        await graphql(subjectB, { query: PATHS, variables: { from: pick(managers), to: pick(reps) } });
        latencies.push(performance.now() - t);
      }
      return latencies;
    };

    b.log(`B alone for ${seconds} s`);
    const quiet = await serveB(null);

    // A's writes: the tie between one manager and the next rep, each with its own trust, 10 per second
    const manager = managers[0];
    let acknowledged: { rep: string; trust: number } | null = null;
    let writes = 0;
    const writeMs: number[] = [];
    let writing = true;
    const writer = (async () => {
      for (let k = 0; writing; k++) {
        const started = performance.now();
        const w = { rep: reps[k % reps.length], trust: Math.round((0.5 + (k % 400) / 1000) * 1000) / 1000 };
        await graphql(subjectA, { query: SET_TIE, variables: { a: manager, b: w.rep, t: w.trust } });
        writeMs.push(performance.now() - started);
        acknowledged = w;
        writes++;
        await new Promise((r) => setTimeout(r, Math.max(0, 100 - (performance.now() - started))));
      }
    })();
    let probes = 0;
    let stale = 0;
    const probe = async (): Promise<void> => {
      const w = acknowledged; // the last write A acknowledged before B is asked
      if (!w) return;
      const r = await graphql<{ warmIntroPaths: { steps: { recordedTrust: number | null }[] }[] }>(subjectB, { query: DIRECT, variables: { from: manager, to: w.rep } });
      probes++;
      if (r.warmIntroPaths[0]?.steps[0]?.recordedTrust !== w.trust) stale++;
    };
    b.log(`B while A writes 10/s for ${seconds} s`);
    const busy = await serveB(probe);
    writing = false;
    await writer;

    b.add(
      metric({
        case: 'B: manager → rep, top 5, maxHops 4, over HTTP, while A writes 10/s', name: 'p95 latency', unit: 'ms', subject: 'B with writes on A',
        value: ms(percentile(busy, 95)), baseline: { subject: 'B with no writes', value: ms(percentile(quiet, 95)) }, headline: true,
        note: `median ${ms(median(busy))} ms (no writes: ${ms(median(quiet))} ms); ${busy.length} and ${quiet.length} requests, one at a time`,
      }),
      metric({
        case: 'B: the tie of A\'s last acknowledged write', name: 'stale answers', unit: 'requests', value: stale,
        goal: { on: 'value', op: '<=', target: 0, text: '0 requests behind' }, headline: true,
        note: `${probes} probes; ${writes} writes on A (median ${ms(median(writeMs))} ms each); B's feed read the log ${storeB.changes.stats.reads} times`,
      }),
    );
    b.note(storeB === storeA
      ? 'Kuzu: one process owns the database, so A and B are the same service (its own writes, no log reads).'
      : 'A and B: two stores (own driver, change feed and caches) behind two service servers in this process; test/contract/replicas.contract.test.ts runs two processes.');
  } finally {
    if (serverB !== serverA) await serverB.stop();
    await serverA.stop();
    if (storeB !== storeA) await storeB.close();
    await net.close();
  }
});
