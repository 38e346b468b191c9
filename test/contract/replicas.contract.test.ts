/**
 * Issue 14, "Replica test": two service processes (src/main.ts, each its own process) on one Neo4j. A write through
 * A is seen by B on B's next request for every cache-backed read: records by id, warm paths (B's in-memory network),
 * keyPersons, proposalTargets, and brokers within its documented maxAgeSeconds. B has every cache warm before the
 * write, so an answer from a stale cache would show. Neo4j only: the embedded engine locks its directory to one process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSnapshot } from '@/wiring/snapshot';
import { describeOnNeo4j, openTestStore } from '../helpers/engines';
import { type Service, exited, startService, waitFor } from '../helpers/process';
import { insightsSnapshot } from './insights.fixture';

const ADMIN_TOKEN = 'replica-test-admin-token-0123456789';

/** Everything B serves from a cache, in one request. */
const CACHED_READS = `{
  rep(id: "r10") { name }
  warmIntroPaths(to: "r10", from: "m1", limit: 3) { strength people { id } }
  keyPersons(companyId: "c3", limit: 50) { rep { id } score signals { ourTrust } }
  proposalTargets(product: "CRM", limit: 50) { rep { id } score }
  brokers(limit: 50, maxAgeSeconds: 0) { person { id } share reachedThrough }
  brokerNetwork(maxAgeSeconds: 0) { ties reachable freshness { upToDate } }
}`;

describeOnNeo4j('two service processes on one Neo4j', () => {
  const services: Service[] = [];
  const dirs: string[] = [];
  const call = async (s: Service, query: string): Promise<any> => {
    const res = await fetch(`http://localhost:${s.port}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` }, body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const ready = async (s: Service): Promise<boolean> => (await fetch(`http://localhost:${s.port}/ready`)).status === 200;

  beforeAll(async () => {
    const opened = await openTestStore('neo4j'); // wiped
    await importSnapshot(opened.store, insightsSnapshot());
    await opened.close();
    for (let i = 0; i < 2; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'tsunagu-replica-'));
      dirs.push(dir);
      services.push(await startService({
        GRAPH_ENGINE: 'neo4j', NEO4J_URI: process.env.NEO4J_TEST_URI!, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused-auth-disabled',
        DATA_DIR: dir, ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '100000',
      }));
    }
    // both have loaded their warm-path network
    for (const s of services) await waitFor(() => ready(s), 60000);
  }, 180_000);

  afterAll(async () => {
    for (const s of services) {
      s.child.kill('SIGTERM');
      await exited(s.child);
    }
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('a write through A is seen by B on its next request, from every cache', async () => {
    const [a, b] = services;
    const before = await call(b, CACHED_READS);
    expect(await call(b, CACHED_READS)).toEqual(before); // now answered from B's caches
    expect(before.warmIntroPaths.map((p: any) => p.people.length)).not.toContain(2); // m1 does not know r10 yet

    await call(a, `mutation {
      setRelationship(input: { a: "m1", b: "r10", trust: 0.95 }) { version }
      updateRep(id: "r10", input: { name: "佐野 十 (新)" }) { name }
    }`);
    const seenByB = await call(b, CACHED_READS);
    const seenByA = await call(a, CACHED_READS);

    expect(seenByB.rep.name).toBe('佐野 十 (新)');
    expect(seenByB.warmIntroPaths[0]).toEqual({ strength: 0.95, people: [{ id: 'm1' }, { id: 'r10' }] });
    expect(seenByB.keyPersons.find((k: any) => k.rep.id === 'r10').signals.ourTrust).toBeGreaterThan(
      before.keyPersons.find((k: any) => k.rep.id === 'r10').signals.ourTrust);
    expect(seenByB.proposalTargets).not.toEqual(before.proposalTargets);
    expect(seenByB.brokerNetwork.ties).toBe(before.brokerNetwork.ties + 1);
    expect(seenByB.brokerNetwork.freshness.upToDate).toBe(true);
    expect(seenByB).toEqual(seenByA); // and everything else equal to what the writer itself answers
  });

  it('brokers with the default maxAgeSeconds: B knows its cached analysis is out of date at once, and says so', async () => {
    const [a, b] = services;
    const q = '{ brokerNetwork { ties freshness { upToDate } } }';
    const cached = await call(b, q);
    expect(cached.brokerNetwork.freshness.upToDate).toBe(true);
    await call(a, 'mutation { deleteRelationship(a: "m1", b: "r10") }');
    const after = await call(b, q);
    // served from the cache (younger than 300 s) and flagged, as README "Brokers" documents
    expect(after.brokerNetwork).toEqual({ ties: cached.brokerNetwork.ties, freshness: { upToDate: false } });
    expect((await call(b, '{ brokerNetwork(maxAgeSeconds: 0) { ties } }')).brokerNetwork.ties).toBe(cached.brokerNetwork.ties - 1);
  });

  it('keyPersons on B follows reports-to links and deals written through A (held in B\'s in-memory network)', async () => {
    const [a, b] = services;
    const q = '{ keyPersons(companyId: "c2", limit: 50) { rep { id } score signals { seniority dealInfluence } } }';
    const of = (r: any, id: string) => r.keyPersons.find((k: any) => k.rep.id === id).signals;
    const before = await call(b, q);
    expect(await call(b, q)).toEqual(before); // B's cached ranking
    const { createDeal } = await call(a, `mutation { setReportsTo(repId: "r9", bossId: "r7")
      createDeal(input: { companyId: "c2", repId: "r9", managerId: "m2", product: "CRM", stage: WON, amount: 2000000, closedAt: "2026-01-15" }) { id } }`);
    const seenByB = await call(b, q);
    expect(of(seenByB, 'r7').seniority).toBeGreaterThan(of(before, 'r7').seniority);
    expect(of(seenByB, 'r9').dealInfluence).toBeGreaterThan(of(before, 'r9').dealInfluence);
    expect(seenByB).toEqual(await call(a, q));
    await call(a, `mutation { removeReportsTo(repId: "r9", bossId: "r7") deleteDeal(id: "${createDeal.id}") }`);
    expect(await call(b, q)).toEqual(before);
  });
});
