/**
 * Insights (npm run bench -- insights), through GraphQL on the service, on the generated network:
 * - keyPersons for companies of ~20 and ~500 people now: the first request for a company (its subgraph read and
 *   scored) and repeated requests (the ranking cached until the next write), one client; baseline: the same
 *   company's currentReps (the plain read of the same people);
 * - brokers: the first analysis, a cached answer, and a recomputation after a write (with the split between reading
 *   the trust network and analysing it); how fresh a cached answer is;
 * - proposalTargets over every product, proposalsFor and referralCandidates: first request (the in-memory facts read)
 *   and repeated requests, one client; baseline: a page of the product's deals.
 */
import { analyseBrokerage } from '@/domain/brokers/team-brokerage';
import { todayUtc } from '@/graphql/context';
import { columns, companySubgraphs, latestEmployer, trustNetwork } from '@/store/insights/insights.queries';
import { sharedNetwork } from '@/app/health/trust-network';
import { warmUp } from '@/app/paths/warm-up';
import { companySubgraphFromNetwork } from '@/domain/key-persons/company-subgraph';
import { scoreKeyPersons } from '@/domain/key-persons/key-persons';
import { type GraphStore } from '@/store/graph-store';
import { parallelColumns } from '@/store/parallel-columns';
import { type Bench, type LoadSummary, graphql, median, metric, ms, percentile, runBenchmark, sequential } from './harness';
import { GcPauses, slowestWithPauses } from './harness/gc-pauses';

const KEY_PERSONS = `query KeyPersons($c: ID!) { keyPersons(companyId: $c, limit: 5) {
  rank score reasons rep { id name } signals { seniority reach centrality dealInfluence introductions ourTrust } } }`;
const CURRENT_REPS = `query CurrentReps($c: ID!) { company(id: $c) { id currentReps { id name } } }`;
const BROKERS = `query Brokers($age: Int) { brokers(limit: 10, maxAgeSeconds: $age) { rank person { id name } reachedThrough dependents cutOff
  companies(limit: 3) { company { id name } reachedThrough } reasons }
  brokerNetwork(maxAgeSeconds: $age) { people ties reachable freshness { computedAt ageSeconds upToDate computeMs basis } } }`;
const TARGETS = `query Targets($p: String!) { proposalTargets(product: $p, limit: 10) { rep { id name } company { id name } score reasons
  signals { affinity companyFit ourTrust responsiveness pastWins companyWins } } }`;
const DEALS = `query Deals($p: String!) { deals(filter: { product: $p }, first: 10) { edges { node { id product stage } } } }`;
const PROPOSALS_FOR = `query For($r: ID!) { proposalsFor(repId: $r, limit: 5) { product score reasons } }`;
const REFERRALS = `query Referrals($v: ID!) { referralCandidates(via: $v, limit: 10) { rep { id name } company { id } score relations reasons } }`;
const REP = `query Rep($r: ID!) { rep(id: $r) { id name expertise interests } }`;

const PRODUCTS = ['CRM', 'SFA', 'MA', '会計', '人事', '勤怠管理', '経費精算', 'セキュリティ', 'AI', 'BI', 'ERP', '電子契約', 'グループウェア', 'コールセンター', 'EC', 'データ連携'];

/** `n` items of `xs` nearest to `size` by `sizeOf`, nearest first. */
function nearest<T>(xs: T[], sizeOf: (x: T) => number, size: number, n: number): T[] {
  return [...xs].sort((a, b) => Math.abs(sizeOf(a) - size) - Math.abs(sizeOf(b) - size)).slice(0, n);
}

function latencyMetrics(b: Bench, caseName: string, subject: string, latencies: number[], goal?: number, baseline?: { subject: string; p95: number }, headline = false): void {
  b.add(
    metric({ case: caseName, name: 'median latency', unit: 'ms', subject, value: ms(median(latencies)) }),
    metric({
      case: caseName, name: 'p95 latency', unit: 'ms', subject, value: ms(percentile(latencies, 95)), headline,
      baseline: baseline ? { subject: baseline.subject, value: ms(baseline.p95) } : undefined,
      goal: goal ? { on: 'value', op: '<=', target: goal, text: `p95 < ${goal} ms` } : undefined,
      note: `${latencies.length} requests, one at a time`,
    }),
  );
}

/** A request measured one at a time, with what it was and how many store round trips it made (the service runs in this process). */
interface Span { from: number; to: number; label: string }

/** The slowest of `spans`, each with the garbage collection inside it and its label: where a tail went. */
function slowestMetric(b: Bench, caseName: string, subject: string, spans: Span[], gc: GcPauses, share: number): void {
  const slow = slowestWithPauses(spans, gc, share);
  b.add(metric({
    case: caseName, name: `garbage collection inside the ${slow.count} slowest`, unit: 'ms', subject, value: ms(slow.pausedMs),
    note: `of ${ms(slow.tookMs)} ms: ${slow.text}`,
  }));
}

function loadMetrics(b: Bench, caseName: string, s: LoadSummary, subject: string, base: LoadSummary | undefined, baseSubject: string, goal?: number): void {
  b.add(
    metric({ case: caseName, name: 'median latency', unit: 'ms', subject, value: ms(s.medianMs), baseline: base ? { subject: baseSubject, value: ms(base.medianMs) } : undefined }),
    metric({
      case: caseName, name: 'p95 latency', unit: 'ms', subject, value: ms(s.p95Ms), headline: !!goal,
      baseline: base ? { subject: baseSubject, value: ms(base.p95Ms) } : undefined,
      goal: goal ? { on: 'value', op: '<=', target: goal, text: `p95 < ${goal} ms` } : undefined,
    }),
    metric({ case: caseName, name: 'throughput', unit: 'req/s', subject, value: Math.round(s.throughputRps), baseline: base ? { subject: baseSubject, value: Math.round(base.throughputRps) } : undefined }),
  );
}

/**
 * keyPersons' first request split into its phases, in process, one company at a time: the subgraph built from the
 * in-memory network (no query), the 6 queries used while the network is not loaded (the baseline), and the scoring.
 */
async function keyPersonPhases(b: Bench, store: GraphStore, ids: string[], today: string, label: string): Promise<void> {
  const network = sharedNetwork(store);
  if (!network) throw new Error('the in-memory network is not loaded');
  const build: number[] = [], six: number[] = [], score: number[] = [], total: number[] = [];
  for (const id of ids) {
    let t = performance.now();
    const g = companySubgraphFromNetwork(network, id, today);
    build.push(performance.now() - t);
    t = performance.now();
    scoreKeyPersons(g, today);
    score.push(performance.now() - t);
    total.push(build.at(-1)! + score.at(-1)!);
    t = performance.now();
    await companySubgraphs(store.read, [id], today);
    six.push(performance.now() - t);
  }
  const caseName = `keyPersons, company of ${label}, first request: phases in process (${ids.length} other companies)`;
  const p95 = (xs: number[]): number => ms(percentile(xs, 95));
  b.add(
    metric({ case: caseName, name: 'p95 subgraph built from the in-memory network (no query)', unit: 'ms', value: p95(build), baseline: { subject: '6 queries (network not loaded)', value: p95(six) } }),
    metric({ case: caseName, name: 'p95 scoring (betweenness, chart span, deals, reasons)', unit: 'ms', value: p95(score) }),
    metric({ case: caseName, name: 'p95 build + score', unit: 'ms', value: p95(total), note: `medians: build ${ms(median(build))}, score ${ms(median(score))}, 6 queries ${ms(median(six))} ms` }),
  );
}

runBenchmark({ name: 'insights', title: 'Key persons, brokers, referrals and proposals' }, async (b) => {
  const net = await b.loadNetwork();
  const server = await b.startServer(net);
  const svc = { url: server.url, headers: server.headers };
  const single = { connections: 1 };
  try {
    const today = todayUtc();
    let t: number;
    b.note(`Network: ${b.options.people.toLocaleString('en-US')} people (seed ${b.options.seed}), engine ${b.options.engine}; requests through the service over HTTP (authentication, limits, Apollo), one client unless said.`);

    // ------------------------------------------------------------------ companies by headcount now
    // one whole-network list: read like the in-memory network's load (not bounded by the per-query time limit, which
    // Neo4j passed under load 13)
    const emp = parallelColumns(await net.store.readConsistent((ops) => ops.run('insights/current-employers', { today })));
    const c = columns(emp, ['personIds', 'companyIds', 'since']);
    const companyOf = latestEmployer(c.personIds, c.companyIds, c.since);
    const headcount = new Map<string, number>();
    for (const co of companyOf.values()) headcount.set(co, (headcount.get(co) ?? 0) + 1);
    const companies = [...headcount.entries()];
    const classes = [
      { label: '~20 people', size: 20, n: b.options.quick ? 10 : 40 },
      { label: '~500 people', size: 500, n: b.options.quick ? 3 : 12 },
    ];

    // ------------------------------------------------------------------ keyPersons
    // what the service does before /ready (src/main.ts): it loads the in-memory network, which keyPersons reads
    // companies from, and scores the largest companies' key persons once, keeping nothing (compiled code)
    t = performance.now();
    await warmUp(net.store, today);
    b.add(metric({ case: 'warm-up before /ready: the in-memory network (keyPersons reads members, ties, introductions, reports-to links and deals from it), then the 12 largest companies scored once, nothing kept', name: 'load', unit: 'ms', value: Math.round(performance.now() - t) }));
    for (const k of classes) {
      const ranked = nearest(companies, (x) => x[1], k.size, 2 * k.n);
      const chosen = ranked.slice(0, k.n);
      const sizes = chosen.map((x) => x[1]);
      const kp = chosen.map(([id]) => ({ query: KEY_PERSONS, variables: { c: id } }));
      const base = chosen.map(([id]) => ({ query: CURRENT_REPS, variables: { c: id } }));
      b.log(`keyPersons ${k.label}: ${chosen.length} companies of ${Math.min(...sizes)}–${Math.max(...sizes)} people`);
      const baseFirst = await sequential(svc, base);
      // first request per company: the subgraph from the in-memory network + scoring
      const gc = new GcPauses();
      const spans: Span[] = [];
      for (const [i, r] of kp.entries()) {
        const trips = net.store.stats.roundTrips;
        const from = performance.now();
        await graphql(svc, r);
        spans.push({ from, to: performance.now(), label: `${chosen[i][1]} people, ${net.store.stats.roundTrips - trips} round trips` });
      }
      const cold = spans.map((s) => s.to - s.from);
      const caseCold = `keyPersons, company of ${k.label} (${Math.min(...sizes)}–${Math.max(...sizes)}), first request per company`;
      latencyMetrics(b, caseCold, 'keyPersons (read + score)', cold, k.size === 500 ? 30 : undefined, { subject: 'currentReps of the same company, first request', p95: percentile(baseFirst, 95) }, true);
      slowestMetric(b, caseCold, 'keyPersons (read + score)', spans, gc, 0.1);
      gc.stop();
      const load = await b.measure([
        { label: 'keyPersons', ...svc, requests: kp },
        { label: 'currentReps', ...svc, requests: base },
      ], kp, single);
      loadMetrics(b, `keyPersons, company of ${k.label}, repeated (ranking cached until a write)`, load.keyPersons, 'keyPersons', load.currentReps, 'currentReps', k.size === 500 ? 30 : undefined);
      if (k.size === 500) await keyPersonPhases(b, net.store, ranked.slice(k.n).map(([id]) => id), today, k.label);
    }
    b.note('keyPersons reads a company from the in-memory network (members, ties, our managers\' ties, introductions, reports-to links, deals with the company) without a query, or from 6 queries while the network is not loaded (members; trust ties stored out of and into members; reports-to links; deals; introductions), scores it in memory and keeps the ranking until the next write (or the next day). "First request" is that read and score; "repeated" is the cached ranking. The phases are measured in process, one company at a time, on other companies of the same size.');

    // under heavy load a whole-network read can still pass the service's time limit (10 s): the keyPersons figures
    // above are kept, and the run says where it stopped, instead of losing them all
    try {
    // proposals' facts are read once before the write below (reported as the cold load), so that the request after
    // it measures what a write costs them
    const targets = PRODUCTS.map((p) => ({ query: TARGETS, variables: { p } }));
    t = performance.now();
    // under heavy load the 5 queries can pass the service's time limit (10 s): asked once more (the computation
    // already under way is shared), and said so, rather than losing the whole run
    const timedOut = await graphql(svc, targets[0]).then(() => false, async (e: Error) => {
      if (!/time limit/.test(e.message)) throw e;
      await graphql(svc, targets[0]);
      return true;
    });
    const proposalLoad = performance.now() - t;
    b.add(metric({
      case: 'proposalTargets, first request of the process (reads the in-memory facts: 5 columnar queries)', name: 'latency', unit: 'ms', value: Math.round(proposalLoad),
      note: timedOut ? 'the first request passed the 10 s time limit; the figure is until the second one answered' : undefined,
    }));

    // ------------------------------------------------------------------ brokers
    t = performance.now();
    const first = await graphql<any>(svc, { query: BROKERS, variables: { age: 300 } });
    const brokersCold = performance.now() - t;
    const cachedTimes = await sequential(svc, Array.from({ length: 20 }, () => ({ query: BROKERS, variables: { age: 300 } })));
    t = performance.now();
    const network = await trustNetwork(net.store.read, today);
    const fetchMs = performance.now() - t;
    t = performance.now();
    analyseBrokerage(network, { minTrust: 0, top: 50 });
    const analyseMs = performance.now() - t;
    const fresh = first.brokerNetwork;
    b.add(
      metric({ case: `brokers: ${fresh.people.toLocaleString('en-US')} people, ${fresh.ties.toLocaleString('en-US')} ties`, name: 'first answer (read + analyse)', unit: 'ms', value: Math.round(brokersCold), headline: true, note: `computeMs ${fresh.freshness.computeMs}` }),
      metric({ case: 'brokers: phases, measured again in process', name: 'read the trust network (3 columnar queries)', unit: 'ms', value: Math.round(fetchMs) }),
      metric({ case: 'brokers: phases, measured again in process', name: 'analyse (BFS from the team, Brandes dependencies, articulation points, 50 cones)', unit: 'ms', value: Math.round(analyseMs) }),
      metric({ case: 'brokers: cached answer (graph unchanged)', name: 'median latency', unit: 'ms', value: ms(median(cachedTimes)), note: '20 requests' }),
    );
    // A write: the cached analysis is out of date.
    const [a, bb] = [...companyOf.keys()].slice(0, 2);
    // (the phases above kept this process's event loop, which the service shares, busy for seconds: the client's idle
    // keep-alive connection may be closed under it as the request goes out; the write sets the same tie again)
    const tie = { query: `mutation { setRelationship(input: { a: "${a}", b: "${bb}", trust: 0.9, kind: BUSINESS }) { trust } }` };
    await graphql(svc, tie).catch((e: Error) => (e.message === 'fetch failed' ? graphql(svc, tie) : Promise.reject(e)));
    t = performance.now();
    const stale = await graphql<any>(svc, { query: BROKERS, variables: { age: 300 } });
    const staleMs = performance.now() - t;
    t = performance.now();
    const recomputed = await graphql<any>(svc, { query: BROKERS, variables: { age: 0 } });
    const recomputeMs = performance.now() - t;
    b.add(
      metric({ case: 'brokers after a write, maxAgeSeconds 300', name: 'latency (cached answer, upToDate false)', unit: 'ms', value: ms(staleMs), note: `age ${stale.brokerNetwork.freshness.ageSeconds.toFixed(1)} s, upToDate ${stale.brokerNetwork.freshness.upToDate}` }),
      metric({
        case: 'brokers after a write, maxAgeSeconds 0', name: 'latency (recomputed)', unit: 'ms', value: Math.round(recomputeMs), headline: true,
        goal: { on: 'value', op: '<=', target: 500, text: '< 500 ms' }, note: `upToDate ${recomputed.brokerNetwork.freshness.upToDate}; the trust network and its adjacency are kept across writes (the tie written is read again and patched in), the analysis is redone`,
      }),
    );
    b.note(`brokers: exact, not sampled: our managers act as one source (a virtual root), so one BFS gives Brandes' dependency of the team on every person, and one iterative DFS gives who cannot be reached without them. Cached per store and arguments while the graph is unchanged (the change feed's version, on both engines), then served up to maxAgeSeconds old (default 300) or recomputed; the trust network it analyses is kept across writes (the change feed tells which ties, people or employments to read again), and an analysis is reused while its trust network is unchanged. Top broker: ${first.brokers[0]?.person.name} (${first.brokers[0]?.reachedThrough.toFixed(0)} people reached through them).`);

    // ------------------------------------------------------------------ proposals
    /** The first proposalTargets request (the same product as the first request) after the write before it. */
    const firstAfterWrite = async (what: string, note: string): Promise<void> => {
      const started = performance.now();
      await graphql(svc, targets[0]);
      b.add(metric({
        case: `proposalTargets, first request after ${what}`, name: 'latency', unit: 'ms', value: Math.round(performance.now() - started), headline: true,
        goal: { on: 'value', op: '<=', target: 100, text: '< 100 ms' }, note,
      }));
    };
    await firstAfterWrite('a write (a tie between two reps)', 'the same product as the first request; the facts and rankings are kept across writes: a write re-reads only the sections it can alter (none for this one)');
    // a rep's interests changed, one rep after another: each time the first request for the product they now list
    const changedReps = [...companyOf.keys()].filter((id) => id.startsWith('r')).filter((_, i) => i % 997 === 0).slice(0, b.options.quick ? 5 : 20);
    const interestSpans: Span[] = [];
    const interestGc = new GcPauses();
    for (const [i, rep] of changedReps.entries()) {
      await graphql(svc, { query: `mutation { updateRep(id: "${rep}", input: { interests: ["CRM", "bench-${i}"] }) { id } }` });
      const trips = net.store.stats.roundTrips;
      const from = performance.now();
      await graphql(svc, targets[0]);
      interestSpans.push({ from, to: performance.now(), label: `change ${i + 1}, ${net.store.stats.roundTrips - trips} round trips` });
    }
    const afterInterests = interestSpans.map((s) => s.to - s.from);
    const caseInterests = 'proposalTargets, first request after a rep\'s interests changed (CRM added), one rep after another';
    latencyMetrics(b, caseInterests, 'proposalTargets', afterInterests, 100, undefined, true);
    slowestMetric(b, caseInterests, 'proposalTargets', interestSpans, interestGc, 0.1);
    interestGc.stop();
    b.note('After a rep\'s interests change the rep is read again by id and laid over the reps\' facts held (no copy of the others), the market is kept but for the rep\'s products, and in those products\' rankings only the rep is scored again.');
    const deals = PRODUCTS.map((p) => ({ query: DEALS, variables: { p } }));
    const pload = await b.measure([{ label: 'proposalTargets', ...svc, requests: targets }, { label: 'deals', ...svc, requests: deals }], targets, single);
    loadMetrics(b, `proposalTargets over ${PRODUCTS.length} products, repeated`, pload.proposalTargets, 'proposalTargets', pload.deals, 'a page of the product\'s deals', 100);
    const reps = [...companyOf.keys()].filter((id) => id.startsWith('r')).filter((_, i) => i % 499 === 0).slice(0, 100);
    const forReqs = reps.map((r) => ({ query: PROPOSALS_FOR, variables: { r } }));
    const repReqs = reps.map((r) => ({ query: REP, variables: { r } }));
    const fload = await b.measure([{ label: 'proposalsFor', ...svc, requests: forReqs }, { label: 'rep', ...svc, requests: repReqs }], forReqs, single);
    loadMetrics(b, `proposalsFor over ${reps.length} reps, repeated`, fload.proposalsFor, 'proposalsFor', fload.rep, 'rep by id');

    // ------------------------------------------------------------------ referrals
    const vias = reps.slice(0, b.options.quick ? 10 : 40).map((v) => ({ query: REFERRALS, variables: { v } }));
    const refCold = await sequential(svc, vias);
    latencyMetrics(b, 'referralCandidates, first request per rep (their network; key persons of the companies involved)', 'referralCandidates', refCold);
    const rload = await b.measure([{ label: 'referralCandidates', ...svc, requests: vias }], vias, single);
    loadMetrics(b, 'referralCandidates, repeated (companies\' rankings cached)', rload.referralCandidates, 'referralCandidates', undefined, '');
    b.note('proposalTargets, proposalsFor and referralCandidates read the whole network\'s facts once (reps with expertise, interests and tendencies; where everyone works; our managers\' ties; companies; won and open deals) into memory and keep them across writes: the change feed tells which sections a write can alter, and only those are read again (on both engines); a request then scores every rep linked to the product in memory.');
    } catch (e) {
      if (!/time limit|took longer than the configured limit/.test((e as Error).message)) throw e;
      b.note(`The run stopped after keyPersons: a request passed the time limit under load (${(e as Error).message.slice(0, 120)}); proposals, brokers and referrals were not measured.`);
    }
  } finally {
    await server.stop();
    await net.close();
  }
});
