/**
 * Relationship health (npm run bench -- health), through GraphQL on the service, one client, on the generated network:
 * - dailyFollowUps for a manager who owns 50 partners (goal p95 < 50 ms): the manager with the most partners, topped up
 *   to 50 with the companies whose staff they have the most ties with (the generated networks have no manager with 50);
 *   once as asked again and again, once right after a write (another manager's call notes: every change-feed memo emptied); baseline: the plain
 *   followUps (open next actions) of the same manager;
 * - relationshipRisks for the whole team, limit 20 (goal p95 < 500 ms); baseline: the same manager's followUps; and, for
 *   information (no goal), the same computed fresh: right after the same kind of write as dailyFollowUps' (every
 *   change-feed memo emptied), so that readers see what the first request after a change costs;
 * - relationshipHealth with its evidence for a tie with 200 interactions, added for the benchmark (goal p95 < 20 ms);
 *   baseline: that tie's interactions, first 1; and, for information (no goal), the same right after a write on that
 *   tie (one of its calls' reaction changed), which explains the tie again instead of finding it in a change-feed memo.
 */
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { warmUpBeforeReady } from '@/app/paths/warm-up';
import { Channel } from '@/domain/shared/enums';
import { type GraphStore } from '@/store/graph-store';
import { type Bench, type GraphQLRequest, type Subject, graphql, median, metric, ms, percentile, runBenchmark, sequential } from './harness';
import { GcPauses, slowestWithPauses } from './harness/gc-pauses';

const FOLLOW_UPS = `query F($m: ID!) { dailyFollowUps(managerId: $m) { kind urgency date why companyId personId interactionId dealId contractId } }`;
const PLAIN = `query P($m: ID!) { followUps(managerId: $m) { id } }`;
const RISKS = `query R { relationshipRisks(limit: 20) { kind severity companyId why nextStep { personId action path { strength people { id } } } } }`;
const HEALTH = `query H($a: ID!, $b: ID!) { relationshipHealth(a: $a, b: $b) { effectiveTrust rank trend trustThen basis computedTrust
  evidence { kind id at effect reason } override { trust status } } }`;
const ONE = `query O($p: ID!) { interactions(filter: { personId: $p }, first: 1) { edges { node { id } } } }`;

/** The service's store: its round trips (StoreStats) are counted per request (the service runs in this process). */
type Svc = Pick<Subject, 'url' | 'headers'> & { store: GraphStore };

/**
 * Alternates subject and baseline request by request (noisy shared machine), `n` of each after 3 warm-ups; `before`
 * (unmeasured) runs before each measured subject request. Also counts the store round trips of the subject's requests.
 */
async function pair(
  b: Bench, svc: Svc, caseName: string, req: GraphQLRequest, base: GraphQLRequest, n: number, goal: number | null, before?: () => Promise<void>,
): Promise<void> {
  await sequential(svc, [req, req, req, base]);
  const subject: number[] = [];
  const baseline: number[] = [];
  // the slowest requests, each with the garbage collection inside it (the service runs in this process)
  const spans: { from: number; to: number }[] = [];
  const gc = new GcPauses();
  let trips = 0;
  for (let i = 0; i < n; i++) {
    await before?.();
    const t0 = svc.store.stats.roundTrips;
    const from = performance.now();
    subject.push(...(await sequential(svc, [req])));
    spans.push({ from, to: performance.now() });
    trips += svc.store.stats.roundTrips - t0;
    baseline.push(...(await sequential(svc, [base])));
  }
  await new Promise((r) => setTimeout(r, 50)); // the last collections' reports arrive asynchronously
  gc.stop();
  const slow = slowestWithPauses(spans, gc);
  b.add(
    metric({ case: caseName, name: 'median latency', unit: 'ms', subject: 'service', value: ms(median(subject)) }),
    metric({
      case: caseName, name: 'p95 latency', unit: 'ms', subject: 'service', value: ms(percentile(subject, 95)), headline: true,
      baseline: { subject: 'baseline', value: ms(percentile(baseline, 95)) },
      ...(goal === null ? {} : { goal: { on: 'value', op: '<=', target: goal, text: `p95 < ${goal} ms` } }),
      note: `${n} requests, one at a time, alternating with the baseline${goal === null ? ' (for information: no goal)' : ''}`,
    }),
    metric({ case: caseName, name: 'baseline median latency', unit: 'ms', subject: 'baseline', value: ms(median(baseline)) }),
    metric({ case: caseName, name: 'store round trips per request', unit: 'trips', subject: 'service', value: Math.round((trips / n) * 10) / 10 }),
    metric({
      case: caseName, name: 'garbage collection inside the slowest 5%', unit: 'ms', subject: 'service', value: ms(slow.pausedMs),
      note: `of ${ms(slow.tookMs)} ms in the ${slow.count} slowest: ${slow.text}`,
    }),
  );
}

runBenchmark({ name: 'health', title: 'Relationship health: follow-ups, risks, evidence' }, async (b) => {
  const net = await b.loadNetwork();
  const server = await b.startServer(net);
  const svc: Svc = { url: server.url, headers: server.headers, store: net.store };
  const n = b.options.quick ? 15 : 40;
  // measured on a ready service, as src/main.ts starts it: the in-memory network loads before /ready answers 200
  warmUpBeforeReady(net.store);
  const started = performance.now();
  // (awaited in-process: the load keeps the event loop busy for seconds on a loaded machine, and a request to /ready
  // meanwhile can time out)
  await neighbourhoodsOf(net.store).warmUp();
  while ((await fetch(server.url.replace(/\/graphql$/, '/ready')).catch(() => null))?.status !== 200) await new Promise((r) => setTimeout(r, 500));
  b.log(`service ready (in-memory network loaded) after ${Math.round(performance.now() - started)} ms`);

  const portfolio = await net.store.read.allPortfolio();
  const count = new Map<string, number>();
  for (const e of portfolio) count.set(e.managerId, (count.get(e.managerId) ?? 0) + 1);
  const [manager, owned] = [...count.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
  const added = await topUpPortfolio(net.store, manager, 50);
  const partners = (await net.store.read.portfolioByManagerIds([manager]))[0].length;
  b.note(
    `Manager ${manager} owns the most partners in this network (${owned}; ${count.size} managers own ${portfolio.length} portfolio entries); ` +
    `topped up to ${partners} with ${added} more for the run: the companies whose current staff they have the most ties with.`,
  );
  const followUps = { query: FOLLOW_UPS, variables: { m: manager } };
  const plain = { query: PLAIN, variables: { m: manager } };
  await pair(b, svc, `dailyFollowUps, a manager with ${partners} partners`, followUps, plain, n, 50);
  // a write before each request, the commonest kind: another manager's notes of a call, saved again (an interaction
  // change the feed tells), so that the request computes the list again instead of finding it in a change-feed memo
  const other = [...count.keys()].filter((id) => id !== manager).sort()[0];
  let version = 0;
  const write = async (): Promise<void> => {
    version++;
    await net.store.write((ops) => ops.saveInteraction({
      id: 'bench-health-notes', at: new Date().toISOString(), channel: Channel.CALL, managerIds: [other], repIds: [], summary: `notes ${version}`,
      reaction: null, concerns: [], nextAction: null, version,
    }));
  };
  await pair(b, svc, `dailyFollowUps, a manager with ${partners} partners, right after a write`, followUps, plain, n, 50, write);
  // (a whole-team request can pass the service's per-query limit on a machine loaded by others: said, and the cases
  // after it measured all the same)
  // the first whole-team request of the service (every partner's deals were read into memory before /ready): must be
  // under the per-query limit
  await sequential(svc, [{ query: RISKS }])
    .then(([first]) => b.add(metric({ case: 'relationshipRisks, whole team, limit 20', name: 'first request latency', unit: 'ms', subject: 'service', value: ms(first) })))
    .catch((e: Error) => b.note(`relationshipRisks, whole team, first request: failed: ${e.message.slice(0, 200)}`));
  await pair(b, svc, 'relationshipRisks, whole team, limit 20', { query: RISKS }, { query: PLAIN, variables: { m: manager } }, Math.max(5, Math.round(n / 3)), 500)
    .catch((e: Error) => b.note(`relationshipRisks, whole team: not measured in this run: ${e.message.slice(0, 200)}`));
  // the same computed fresh each time (the memo emptied by the write): the first request after any change pays this
  await pair(b, svc, 'relationshipRisks, whole team, limit 20, right after a write', { query: RISKS }, { query: PLAIN, variables: { m: manager } }, Math.max(5, Math.round(n / 3)), null, write)
    .catch((e: Error) => b.note(`relationshipRisks, whole team, right after a write: not measured in this run: ${e.message.slice(0, 200)}`));

  // a tie with 200 interactions: the manager and one of their ties, 200 calls after its recording, alternating reactions
  const ties = await net.store.read.relationshipsByPersonIds([manager]);
  const tie = ties[0].find((r) => r.a !== r.b)!;
  const rep = tie.a === manager ? tie.b : tie.a;
  const [person] = await net.store.read.peopleByIds([rep]);
  const reactions = ['POSITIVE', 'NEUTRAL', 'NEGATIVE', null];
  for (let i = 0; i < 200; i++) {
    const at = new Date(Date.parse(tie.recordedAt) + (i + 1) * 3_600_000).toISOString();
    const managerIds = person?.kind === 'MANAGER' ? [manager, rep] : [manager];
    const repIds = person?.kind === 'MANAGER' ? [] : [rep];
    await graphql(svc, {
      query: 'mutation C($i: CreateInteractionInput!) { createInteraction(input: $i) { id } }',
      variables: { i: { id: `bench-health-${i}`, at, channel: 'CALL', managerIds, repIds, reaction: reactions[i % 4] } },
    });
  }
  const probe = await graphql<{ relationshipHealth: { evidence: unknown[] } }>(svc, { query: HEALTH, variables: { a: manager, b: rep } });
  b.note(`Tie ${manager}–${rep}: 200 interactions added (hourly from its recording on); its evidence lists ${probe.relationshipHealth.evidence.length} items.`);
  const health = { query: HEALTH, variables: { a: manager, b: rep } };
  await pair(b, svc, 'relationshipHealth with evidence, a tie with 200 interactions', health, { query: ONE, variables: { p: rep } }, n, 20);
  // for information: the same right after a write on the tie itself (one of its 200 calls' reaction changed through
  // the service), so that the request explains the tie again from the in-memory network instead of its change-feed memo
  let flips = 0;
  const writeOnTie = async (): Promise<void> => {
    flips++;
    await graphql(svc, {
      query: 'mutation U($i: ID!, $r: Reaction) { updateInteraction(id: $i, input: { reaction: $r }) { id } }',
      variables: { i: 'bench-health-1', r: flips % 2 ? 'POSITIVE' : 'NEUTRAL' },
    });
  };
  await pair(b, svc, 'relationshipHealth with evidence, a tie with 200 interactions, right after a write on the tie', health, { query: ONE, variables: { p: rep } }, n, null, writeOnTie);
  await server.stop?.();
});

/**
 * Adds portfolio entries until `managerId` owns `want` partners: the companies whose current staff the manager has the
 * most ties with (then by id; then other managers' partners by id), so that their key persons are people the manager knows, as in a portfolio of their own.
 * Returns how many were added.
 */
async function topUpPortfolio(store: GraphStore, managerId: string, want: number): Promise<number> {
  const [owned] = await store.read.portfolioByManagerIds([managerId]);
  const have = new Set(owned.map((e) => e.companyId));
  if (have.size >= want) return 0;
  const [ties] = await store.read.relationshipsByPersonIds([managerId]);
  const people = [...new Set(ties.map((r) => (r.a === managerId ? r.b : r.a)))];
  const employments = await store.read.employmentsByRepIds(people);
  const known = new Map<string, number>();
  for (const list of employments) for (const e of list) if (!e.until && !have.has(e.companyId)) known.set(e.companyId, (known.get(e.companyId) ?? 0) + 1);
  // then, if they know people at too few, other managers' partners by id
  const others = (await store.read.allPortfolio()).map((e) => e.companyId).filter((id) => !have.has(id) && !known.has(id)).sort();
  const ranked = [...known.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([id]) => id);
  const more = [...new Set([...ranked, ...others])].slice(0, want - have.size);
  await store.write(async (ops) => {
    for (const companyId of more) await ops.savePortfolio({ managerId, companyId, since: null });
  });
  return more.length;
}
