/**
 * The service's warm-up before /ready (src/app/paths/warm-up.ts): the in-memory network loaded, then the largest
 * companies' key persons scored once with nothing kept, so a ranking asked for afterwards is computed at the request
 * and answers as it would have without the warm-up.
 */
import { collectSnapshot, generateSnapshot } from '@/generator';
import { sharedNetwork } from '@/app/health/trust-network';
import { warmUp } from '@/app/paths/warm-up';
import { keyPersonCacheStats, keyPersonRankings } from '@/app/key-persons/key-person-rankings';
import { WARM_UP_COMPANIES, warmUpKeyPersonScoring } from '@/app/key-persons/warm-up-scoring';
import { importSnapshot } from '@/wiring/snapshot';
import { type OpenedStore, openTestStore } from '../../helpers/engines';

const today = new Date().toISOString().slice(0, 10);
let opened: OpenedStore;

beforeAll(async () => {
  opened = await openTestStore('kuzu');
  await importSnapshot(opened.store, collectSnapshot(generateSnapshot({ people: 400, seed: 'warm-up' })));
}, 120_000);
afterAll(() => opened.close());

it('loads the network, scores the largest companies and keeps no ranking', async () => {
  const before = keyPersonCacheStats();
  await warmUp(opened.store, today);
  const network = sharedNetwork(opened.store)!;
  expect(network).not.toBeNull();
  expect(keyPersonCacheStats()).toEqual(before); // no ranking asked of the cache, none kept

  const scored = warmUpKeyPersonScoring(network, today);
  expect(scored).toHaveLength(WARM_UP_COMPANIES);
  const size = (id: string): number => network.employmentsAtCompany(id).length;
  const smallestScored = Math.min(...scored.map(size));
  for (const id of network.companies.keys()) if (!scored.includes(id)) expect(size(id)).toBeLessThanOrEqual(smallestScored);

  // the first ranking asked for a warmed company is computed then (a miss), not served from the warm-up
  const misses = keyPersonCacheStats().misses;
  const ranked = await keyPersonRankings(opened.store, [scored[0]], today);
  expect(keyPersonCacheStats().misses).toBe(misses + 1);
  expect(ranked.get(scored[0])!.length).toBeGreaterThan(0);
});
