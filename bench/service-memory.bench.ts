/**
 * Service memory (npm run bench -- service-memory): the service as deployed (`npm start`, src/main.ts) in a process
 * of its own over the loaded network, every cache warmed through GraphQL the way clients use it, then the peak RSS
 * (VmHWM) of that process. Issue 14's goal: under 1.5 GB at 100,000 people with every cache warm.
 *
 * On Kuzu the service embeds the database, so its RSS includes Kuzu's buffer pool; on Neo4j the database is the JVM,
 * a process of its own, reported beside it. The caches warmed: the in-memory warm-path network (loaded before
 * /ready), records by id and list pages, key-person rankings, the broker analysis, proposal facts and targets,
 * referral candidates, relationship health and the day's follow-ups, risks, and partner KPIs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KUZU_SERVICE_BUFFER_POOL_MB } from '@/config';
import { metric, runBenchmark } from './harness';
import { MiB, processRss } from './harness/memory';
import { ProjectProcess, graphql } from './soak/processes';

interface SnapshotIds {
  managers: string[];
  reps: string[];
  /** Companies with the most employments first. */
  companies: string[];
  products: string[];
  ties: [string, string][];
}

/** The ids to ask about, read from the network's snapshot file (the service's own store is not opened here). */
function idsOf(file: string): SnapshotIds {
  const s = JSON.parse(readFileSync(file, 'utf8')) as {
    managers: { id: string }[];
    reps: { id: string }[];
    companies: { id: string }[];
    employments: { companyId: string }[];
    deals: { product?: string | null }[];
    relationships: { a: string; b: string }[];
  };
  const staff = new Map<string, number>();
  for (const e of s.employments) staff.set(e.companyId, (staff.get(e.companyId) ?? 0) + 1);
  const sold = new Map<string, number>();
  for (const d of s.deals) if (d.product) sold.set(d.product, (sold.get(d.product) ?? 0) + 1);
  const every = <T>(xs: T[], n: number): T[] => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / n)) === 0).slice(0, n);
  return {
    managers: s.managers.map((m) => m.id),
    reps: every(s.reps.map((r) => r.id), 200),
    companies: [...staff.entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id),
    products: [...sold.entries()].sort((x, y) => y[1] - x[1]).map(([p]) => p),
    ties: every(s.relationships.map((r) => [r.a, r.b] as [string, string]), 50),
  };
}

runBenchmark({ name: 'service-memory', title: 'Service memory: the deployed service with every cache warm' }, async (b) => {
  const net = await b.loadNetwork();
  // the service opens the database itself (Kuzu allows one opener)
  await net.store.close();
  const ids = idsOf(net.network.file);
  const env = net.handle.env;
  // a bench-only preload answers SIGUSR2 with process.memoryUsage() (and again after a full GC): the heap per cache
  const probe = `--require ${join(__dirname, 'harness', 'memory-probe.cjs')} --expose-gc`;
  const service = new ProjectProcess('src/main.ts', [], { ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${probe}`.trim() });
  const pid = (): number => service.pid ?? NaN;
  interface Usage { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number }
  const steps: { step: string; rss: number; before: Usage; after: Usage }[] = [];
  const measure = async (step: string): Promise<void> => {
    const seen = service.output().split('MEMPROBE ').length - 1;
    process.kill(pid(), 'SIGUSR2');
    let line: string | undefined;
    for (const end = Date.now() + 60_000; !line; await new Promise((r) => setTimeout(r, 50))) {
      const parts = service.output().split('MEMPROBE ');
      if (parts.length > seen + 1 && parts[seen + 1].includes('\n')) line = parts[seen + 1].slice(0, parts[seen + 1].indexOf('\n'));
      else if (Date.now() > end) throw new Error(`the service did not answer the memory probe: ${service.lastLines(5)}`);
    }
    const { before, after } = JSON.parse(line) as { before: Usage; after: Usage | null };
    steps.push({ step, rss: processRss(pid(), 'VmRSS') ?? NaN, before, after: after ?? before });
  };
  const started = performance.now();
  try {
    const url = (await service.waitFor(/"url":"(http:[^"]+)"/, 600_000))[1];
    const graphqlUrl = new URL('/graphql', url).href;
    const ready = new URL('/ready', url).href;
    for (;;) {
      const res = await fetch(ready).catch(() => null);
      if (res?.status === 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const readyMs = performance.now() - started;
    const rssReady = processRss(pid(), 'VmRSS') ?? NaN;
    await measure('/ready (warm-path network loaded)');
    const token = net.handle.env.ADMIN_TOKEN;
    let requests = 0;
    const ask = async (query: string, variables: Record<string, unknown> = {}): Promise<void> => {
      const body = await graphql(graphqlUrl, token, query, variables);
      requests++;
      if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors).slice(0, 400)}`);
    };
    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const warm = performance.now();
    // a step that fails (e.g. a query over its time limit) is recorded and skipped, not the end of the run
    const skipped: string[] = [];
    const tolerate = async (step: string, run: () => Promise<void>): Promise<void> => {
      try {
        await run();
      } catch (error) {
        skipped.push(`${step}: ${(error as Error).message.slice(0, 300)}`);
        b.log(`skipped ${step}: ${(error as Error).message.slice(0, 200)}`);
      }
    };
    b.log('warming every cache through GraphQL');
    await tolerate('warm paths', async () => {
      for (const to of ids.reps.slice(0, 40)) await ask('query($to: ID!) { warmIntroPaths(to: $to) { strength people { id } } }', { to });
    });
    await measure('warm paths, 40 team-wide');
    await tolerate('paths from a manager, dailyFollowUps', async () => {
      for (const [i, from] of ids.managers.slice(0, 20).entries()) {
        await ask('query($from: ID!, $to: ID!) { warmIntroPaths(from: $from, to: $to) { strength } }', { from, to: ids.reps[i] });
        await ask('query($m: ID!) { dailyFollowUps(managerId: $m) { kind urgency } }', { m: from });
      }
    });
    await measure('+ 20 paths from a manager, 20 dailyFollowUps');
    await tolerate('relationshipRisks', () => ask('{ relationshipRisks(limit: 20) { kind severity companyId } }'));
    await measure('+ relationshipRisks');
    await tolerate('keyPersons', async () => {
      for (const companyId of ids.companies.slice(0, 50)) await ask('query($c: ID!) { keyPersons(companyId: $c) { score rep { id } } }', { c: companyId });
    });
    await measure('+ keyPersons of 50 companies');
    await tolerate('partnerKpis', async () => {
      for (const companyId of ids.companies.slice(0, 20)) {
        await ask('query($c: ID!, $from: String!, $to: String!) { partnerKpis(companyId: $c, from: $from, to: $to) { from } }', { c: companyId, from: yearAgo, to: today });
      }
    });
    await measure('+ partnerKpis of 20');
    await tolerate('brokers', async () => {
      await ask('{ brokers(limit: 10) { rank share person { id } } }');
    });
    await measure('+ brokers');
    await tolerate('products', async () => {
      await ask('{ products { key } }');
    });
    await tolerate('proposalTargets', async () => {
      for (const product of ids.products.slice(0, 16)) await ask('query($p: String!) { proposalTargets(product: $p) { product rep { id } } }', { p: product });
    });
    await measure('+ products, proposalTargets of 16');
    await tolerate('proposalsFor', async () => {
      for (const repId of ids.reps.slice(0, 50)) await ask('query($r: ID!) { proposalsFor(repId: $r) { product score } }', { r: repId });
    });
    await measure('+ proposalsFor 50 reps');
    await tolerate('referralCandidates', async () => {
      for (const via of ids.reps.slice(50, 70)) await ask('query($v: ID!) { referralCandidates(via: $v) { score rep { id } } }', { v: via });
    });
    await measure('+ referralCandidates via 20');
    await tolerate('relationshipHealth', async () => {
      for (const [a, t] of ids.ties) await ask('query($a: ID!, $b: ID!) { relationshipHealth(a: $a, b: $b) { effectiveTrust } }', { a, b: t });
    });
    await measure('+ relationshipHealth of 50 ties');
    await tolerate('companies by id', async () => {
      for (const id of ids.companies.slice(0, 500)) await ask('query($id: ID!) { company(id: $id) { id name currentReps { id name } } }', { id });
    });
    await measure('+ 500 companies by id');
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res = await graphql(graphqlUrl, token, 'query($after: String) { companies(first: 50, after: $after) { pageInfo { endCursor } edges { node { id currentReps { id } } } } }', { after });
      requests++;
      after = ((res.data?.companies as { pageInfo: { endCursor: string | null } } | undefined)?.pageInfo.endCursor) ?? null;
      if (!after) break;
    }
    await measure('+ 20 pages of 50 companies');
    const warmMs = performance.now() - warm;
    const peak = processRss(pid(), 'VmHWM') ?? NaN;
    const now = processRss(pid(), 'VmRSS') ?? NaN;
    const jvm = net.handle.pids.neo4j ? processRss(net.handle.pids.neo4j, 'VmHWM') : undefined;
    const c = `${b.options.people.toLocaleString('en-US')} people, every cache warm (${requests} GraphQL requests)`;
    b.add(
      metric({ case: c, name: 'peak RSS of the service process', unit: 'MiB', value: Math.round(peak / MiB), goal: { on: 'value', op: '<=', target: 1536, text: '< 1.5 GB (issue 14)' }, headline: true, note: b.options.engine === 'kuzu' ? 'Kuzu is embedded: its buffer pool counts here' : 'the database is the Neo4j JVM (below)' }),
      metric({ case: c, name: 'RSS of the service process after warming', unit: 'MiB', value: Math.round(now / MiB) }),
      metric({ case: c, name: 'RSS of the service process when /ready', unit: 'MiB', value: Math.round(rssReady / MiB), note: 'the warm-path network is loaded before /ready answers 200' }),
      metric({ case: c, name: 'start until /ready', unit: 's', value: Math.round(readyMs / 100) / 10 }),
      metric({ case: c, name: 'warming', unit: 's', value: Math.round(warmMs / 100) / 10 }),
    );
    for (const { step, rss, before, after: live } of steps) {
      const mib = (n: number): number => Math.round(n / MiB);
      b.add(
        metric({ case: `heap per cache: ${step}`, name: 'RSS', unit: 'MiB', value: mib(rss) }),
        metric({ case: `heap per cache: ${step}`, name: 'JS heap used (live, after a full GC)', unit: 'MiB', value: mib(live.heapUsed), note: `before the GC ${mib(before.heapUsed)} of ${mib(before.heapTotal)} MiB` }),
        metric({ case: `heap per cache: ${step}`, name: 'JS heap total (after the GC)', unit: 'MiB', value: mib(live.heapTotal) }),
        metric({ case: `heap per cache: ${step}`, name: 'external (arrayBuffers)', unit: 'MiB', value: mib(live.external), note: `${mib(live.arrayBuffers)} MiB arrayBuffers` }),
        metric({ case: `heap per cache: ${step}`, name: 'rest of the RSS (native: Kuzu, malloc, code)', unit: 'MiB', value: mib(rss - live.heapTotal - live.external) }),
      );
    }
    if (jvm !== undefined) b.add(metric({ case: c, name: 'peak RSS of the Neo4j JVM', unit: 'MiB', value: Math.round(jvm / MiB), note: 'the test server (its settings are in the notes)' }));
    for (const s of skipped) b.note(`Not warmed (failed, skipped): ${s}`);
    if (b.options.engine === 'kuzu') {
      const pool = process.env.KUZU_BUFFER_POOL_MB || env.KUZU_BUFFER_POOL_MB;
      b.note(`Kuzu's buffer pool: ${pool ? `KUZU_BUFFER_POOL_MB=${pool} (set for this run)` : `the service's default, ${KUZU_SERVICE_BUFFER_POOL_MB} MiB (KUZU_BUFFER_POOL_MB unset)`}. Heap per cache: process.memoryUsage() of the service after each step, read by a bench-only preload (bench/harness/memory-probe.cjs) after a full GC; "rest" is RSS − heap total − external: native memory (Kuzu's pool and its other allocations, malloc, code).`);
    }
    b.note(`The service is \`npm start\` (src/main.ts) with the engine's settings as a user runs it (no memory flags: Node's default heap limit), in its own process; the RSS is that process's own, read from /proc (VmHWM: its peak since it started).`);
    b.note(`Warmed: warm paths (40 team-wide, 20 from a manager), 20 managers' dailyFollowUps, the team's relationshipRisks, keyPersons of the 50 companies with the most staff, partnerKpis of 20 over a year, brokers, products and proposalTargets of the 16 most sold, proposalsFor 50 reps, referralCandidates via 20, relationshipHealth of 50 ties, 500 companies by id with their current reps, and 20 pages of 50 companies.`);
  } finally {
    service.kill9();
    await service.exited;
    await net.handle.close();
  }
});
