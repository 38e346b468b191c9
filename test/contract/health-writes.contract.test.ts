import { loadConfig } from '@/config';
import { healthOf } from '@/domain/health/relationship-health';
import { networkAround, sharedNetwork } from '@/app/health/trust-network';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { type RunningServer, startServer } from '@/server';
import { type GraphStore } from '@/store/graph-store';
import { Neo4jStore } from '@/store/neo4j/neo4j-store';
import { importSnapshot } from '@/wiring/snapshot';
import { describeEachEngine } from '../helpers/engines';
import { healthSnapshot } from './health.fixture';

jest.setTimeout(120_000);

const TOKEN = 'health-writes-admin-token-0123456789';
const HEALTH = `query($a: ID!, $b: ID!) { relationshipHealth(a: $a, b: $b) {
  effectiveTrust rank trend trustThen basis computedTrust evidence { kind id at effect reason } override { trust status computed } } }`;

/**
 * relationshipHealth is answered from change-feed memos (src/app/health/change-memo.ts) on the in-memory network: the
 * request right after any write on the tie (an interaction, an introduction, a deal, an override set or cleared) shows
 * it, and equals what the store read without any cache gives. On Neo4j the writes go through ANOTHER service (its own
 * store and change feed on the same database, as a second process has), so that only the change log's catch-up at the
 * start of A's request can tell A (issue 14 §1); the embedded engine has one process per directory, so the writer is
 * the same service.
 */
describeEachEngine('relationshipHealth right after a write on the tie', (store, engine) => {
  const today = new Date().toISOString().slice(0, 10);
  const config = loadConfig({ DATA_DIR: '/unused', PORT: '0', ADMIN_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: '100000' });
  let reader: RunningServer;
  let writer: RunningServer;
  let other: GraphStore | null = null;

  const post = async (server: RunningServer, query: string, variables: Record<string, unknown> = {}): Promise<any> => {
    const res = await fetch(server.url, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const health = async (): Promise<any> => (await post(reader, HEALTH, { a: 'm1', b: 'r2' })).relationshipHealth;
  /** The tie's health read from the store now, without the in-memory network or any memo, as GraphQL shows it. */
  const uncached = async (): Promise<any> => {
    const h = healthOf(await networkAround(store().read, ['m1'], today), 'm1', 'r2', today)!;
    const round = (x: number): number => Math.round(x * 1e4) / 1e4;
    return {
      effectiveTrust: round(h.effectiveTrust), basis: h.basis, computedTrust: round(h.computedTrust),
      evidence: h.evidence.map((e) => ({ id: e.id, effect: round(e.effect) })),
      override: h.override && { trust: h.override.trust, status: h.override.status },
    };
  };
  const shown = (h: any): any => ({
    effectiveTrust: h.effectiveTrust, basis: h.basis, computedTrust: h.computedTrust,
    evidence: h.evidence.map((e: any) => ({ id: e.id, effect: e.effect })), override: h.override && { trust: h.override.trust, status: h.override.status },
  });

  beforeAll(async () => {
    await importSnapshot(store(), healthSnapshot());
    await neighbourhoodsOf(store()).warmUp();
    reader = await startServer(config, store());
    if (engine === 'neo4j') {
      other = await Neo4jStore.open({ uri: process.env.NEO4J_TEST_URI!, user: 'neo4j', password: 'unused-auth-disabled' });
      await neighbourhoodsOf(other).warmUp();
      writer = await startServer(config, other);
    } else {
      writer = reader;
    }
  });
  afterAll(async () => {
    if (writer !== reader) await writer?.stop();
    await reader?.stop();
    await other?.close();
  });

  it('is kept between requests, and each write on the tie is on the next request, as an uncached read gives it', async () => {
    expect(sharedNetwork(store())).not.toBeNull();
    const before = await health();
    expect(await health()).toEqual(before); // from the memo now
    expect(shown(before)).toEqual(await uncached());
    expect(before.evidence.map((e: any) => e.id)).toEqual(['d2']); // the open deal: known, no change

    const steps: { write: string; variables?: Record<string, unknown>; check(h: any, previous: any): void }[] = [
      {
        write: 'mutation($i: CreateInteractionInput!) { createInteraction(input: $i) { id } }',
        variables: { i: { id: 'hw-call', at: `${today}T00:00:01Z`, channel: 'CALL', managerIds: ['m1'], repIds: ['r2'], reaction: 'POSITIVE' } },
        check: (h, p) => {
          expect(h.evidence.map((e: any) => e.id)).toEqual(['d2', 'hw-call']);
          expect(h.effectiveTrust).toBeGreaterThan(p.effectiveTrust);
        },
      },
      {
        write: 'mutation($i: IntroductionInput!) { recordIntroduction(input: $i) { id } }',
        variables: { i: { introducerId: 'r2', introducedId: 'r3', toManagerId: 'm1', at: today, outcome: 'MET' } },
        check: (h, p) => {
          expect(h.evidence.map((e: any) => e.kind)).toContain('INTRODUCTION');
          expect(h.evidence.length).toBe(p.evidence.length + 1);
          expect(h.effectiveTrust).toBeGreaterThan(p.effectiveTrust);
        },
      },
      {
        write: 'mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }',
        variables: { i: { id: 'hw-deal', companyId: 'c1', repId: 'r2', managerId: 'm1', product: 'CRM', stage: 'WON', amount: 10, proposedAt: today, closedAt: today } },
        check: (h, p) => {
          expect(h.evidence.map((e: any) => e.id)).toContain('hw-deal');
          expect(h.evidence.length).toBe(p.evidence.length + 1);
        },
      },
      {
        write: 'mutation { overrideTrust(a: "r2", b: "m1", trust: 0.11, note: "hw") { effectiveTrust } }',
        check: (h) => {
          expect(h.override).toMatchObject({ trust: 0.11, status: 'ACTIVE' });
          expect(h.effectiveTrust).toBe(0.11);
          expect(h.basis).toBe('OVERRIDDEN');
        },
      },
      {
        write: 'mutation { clearTrustOverride(a: "m1", b: "r2") { effectiveTrust } }',
        check: (h, p) => {
          expect(h.override).toBeNull();
          expect(h.effectiveTrust).toBe(p.computedTrust);
        },
      },
      {
        write: 'mutation { deleteInteraction(id: "hw-call") }',
        check: (h) => expect(h.evidence.map((e: any) => e.id)).not.toContain('hw-call'),
      },
    ];
    let previous = before;
    for (const step of steps) {
      await post(writer, step.write, step.variables);
      const after = await health();
      step.check(after, previous);
      expect(shown(after)).toEqual(await uncached());
      expect(await health()).toEqual(after); // and kept again
      previous = after;
    }
  });
});
