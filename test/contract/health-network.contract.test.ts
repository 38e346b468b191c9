import { importSnapshot } from '@/wiring/snapshot';
import { healthOf } from '@/domain/health/relationship-health';
import { managerTrustIn } from '@/app/handover/record-job-change';
import { networkAround, sharedNetwork, withTrustNetwork } from '@/app/health/trust-network';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { overrideTrust } from '@/app/health/override-trust';
import { Role } from '@/domain/auth/actor';
import { describeEachEngine } from '../helpers/engines';
import { HEALTH_AS_OF, healthSnapshot } from './health.fixture';

jest.setTimeout(120_000);

/**
 * Health, follow-ups, risks and handover briefs read trust from the in-memory network (kept exact by the change feed)
 * when it is loaded, and from the network around the people asked read from the store otherwise
 * (src/app/health/trust-network.ts). Both must give every tie the same health and every person the same trust with
 * our managers, on both engines, before and after a write.
 */
describeEachEngine('health from the in-memory network equals health from store reads', (store) => {
  beforeAll(async () => {
    await importSnapshot(store(), healthSnapshot());
    await neighbourhoodsOf(store()).warmUp();
  });

  async function compareAll(asOf: string): Promise<number> {
    expect(sharedNetwork(store())).not.toBeNull();
    const ties = await store().read.allRelationships();
    const people = (await store().read.allPeople()).map((p) => p.id).sort();
    let compared = 0;
    for (const id of people) {
      const around = await networkAround(store().read, [id], asOf);
      const fromStore = { trust: managerTrustIn(around, id), health: ties.filter((t) => t.a === id || t.b === id).map((t) => healthOf(around, t.a, t.b, asOf)) };
      const inMemory = await withTrustNetwork(store(), [id], asOf, (n) => {
        expect(n).toBe(sharedNetwork(store()));
        return { trust: managerTrustIn(n, id), health: ties.filter((t) => t.a === id || t.b === id).map((t) => healthOf(n, t.a, t.b, asOf)) };
      });
      expect(inMemory).toEqual(fromStore);
      compared += fromStore.health.length;
    }
    return compared;
  }

  it('every tie and every person, on the fixture day and today', async () => {
    expect(await compareAll(HEALTH_AS_OF)).toBeGreaterThan(4);
    expect(await compareAll(new Date().toISOString().slice(0, 10))).toBeGreaterThan(4);
  });

  it('after an override (a write the change feed tells the network)', async () => {
    const [tie] = (await store().read.allRelationships()).filter((t) => t.a.startsWith('m') || t.b.startsWith('m'));
    const ctx = { actor: { id: 'admin', role: Role.ADMIN, managerId: null } as never, store: store(), read: store().read, today: HEALTH_AS_OF, write: (w: never) => store().write(w) };
    const h = await overrideTrust(ctx as never, { a: tie.a, b: tie.b, trust: 0.91, note: 'test' });
    expect(h.override?.trust).toBe(0.91);
    expect(await compareAll(HEALTH_AS_OF)).toBeGreaterThan(4);
  });
});
