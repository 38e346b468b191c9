/**
 * Relationship health (npm run bench -- health), through GraphQL on the service, one client, on the generated network:
 * - dailyFollowUps for the manager whose portfolio is nearest 50 partners (goal p95 < 50 ms); baseline: the plain
 *   followUps (open next actions) of the same manager;
 * - relationshipRisks for the whole team, limit 20 (goal p95 < 500 ms); baseline: the same manager's followUps;
 * - relationshipHealth with its evidence for a tie with 200 interactions, added for the benchmark (goal p95 < 20 ms);
 *   baseline: that tie's interactions, first 1.
 */
import { type Bench, type GraphQLRequest, type Subject, graphql, median, metric, ms, percentile, runBenchmark, sequential } from './harness';

const FOLLOW_UPS = `query F($m: ID!) { dailyFollowUps(managerId: $m) { kind urgency date why companyId personId interactionId dealId contractId } }`;
const PLAIN = `query P($m: ID!) { followUps(managerId: $m) { id } }`;
const RISKS = `query R { relationshipRisks(limit: 20) { kind severity companyId why nextStep { personId action path { strength people { id } } } } }`;
const HEALTH = `query H($a: ID!, $b: ID!) { relationshipHealth(a: $a, b: $b) { effectiveTrust rank trend trustThen basis computedTrust
  evidence { kind id at effect reason } override { trust status } } }`;
const ONE = `query O($p: ID!) { interactions(filter: { personId: $p }, first: 1) { edges { node { id } } } }`;

/** Alternates subject and baseline request by request (noisy shared machine), `n` of each after 3 warm-ups. */
async function pair(b: Bench, svc: Pick<Subject, 'url' | 'headers'>, caseName: string, req: GraphQLRequest, base: GraphQLRequest, n: number, goal: number): Promise<void> {
  await sequential(svc, [req, req, req, base]);
  const subject: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < n; i++) {
    subject.push(...(await sequential(svc, [req])));
    baseline.push(...(await sequential(svc, [base])));
  }
  b.add(
    metric({ case: caseName, name: 'median latency', unit: 'ms', subject: 'service', value: ms(median(subject)) }),
    metric({
      case: caseName, name: 'p95 latency', unit: 'ms', subject: 'service', value: ms(percentile(subject, 95)), headline: true,
      baseline: { subject: 'baseline', value: ms(percentile(baseline, 95)) },
      goal: { on: 'value', op: '<=', target: goal, text: `p95 < ${goal} ms` }, note: `${n} requests, one at a time, alternating with the baseline`,
    }),
    metric({ case: caseName, name: 'baseline median latency', unit: 'ms', subject: 'baseline', value: ms(median(baseline)) }),
  );
}

runBenchmark({ name: 'health', title: 'Relationship health: follow-ups, risks, evidence' }, async (b) => {
  const net = await b.loadNetwork({ reuse: false });
  const server = await b.startServer(net);
  const svc = { url: server.url, headers: server.headers };
  const n = b.options.quick ? 15 : 40;
  // measured on a ready service: /ready answers 503 "warming" until the in-memory network is loaded
  const started = performance.now();
  while ((await fetch(server.url.replace(/\/graphql$/, '/ready'))).status !== 200) await new Promise((r) => setTimeout(r, 500));
  b.log(`service ready (in-memory network loaded) after ${Math.round(performance.now() - started)} ms`);

  const portfolio = await net.store.read.allPortfolio();
  const count = new Map<string, number>();
  for (const e of portfolio) count.set(e.managerId, (count.get(e.managerId) ?? 0) + 1);
  const [manager, owned] = [...count.entries()].sort((x, y) => Math.abs(x[1] - 50) - Math.abs(y[1] - 50) || (x[0] < y[0] ? -1 : 1))[0];
  b.note(`Manager ${manager} owns ${owned} partners (the nearest to 50 in this network); ${count.size} managers own ${portfolio.length} portfolio entries.`);
  await pair(b, svc, `dailyFollowUps, a manager with ${owned} partners`, { query: FOLLOW_UPS, variables: { m: manager } }, { query: PLAIN, variables: { m: manager } }, n, 50);
  await pair(b, svc, 'relationshipRisks, whole team, limit 20', { query: RISKS }, { query: PLAIN, variables: { m: manager } }, Math.max(5, Math.round(n / 3)), 500);

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
  await pair(b, svc, 'relationshipHealth with evidence, a tie with 200 interactions', { query: HEALTH, variables: { a: manager, b: rep } }, { query: ONE, variables: { p: rep } }, n, 20);
  await server.stop?.();
});
