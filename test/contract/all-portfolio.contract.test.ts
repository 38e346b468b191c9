import { collectSnapshot, generateSnapshot } from '@/generator';
import { importSnapshot } from '@/wiring/snapshot';
import { describeEachEngine } from '../helpers/engines';

/** allPortfolio (its own query on Neo4j: the OWNS relationships scanned) says what the portfolios by manager say. */
describeEachEngine('allPortfolio: every entry, as the portfolios by manager hold them', (store) => {
  let managers: string[];

  beforeAll(async () => {
    const snapshot = collectSnapshot(generateSnapshot({ people: 150, seed: 'all-portfolio' })) as Record<string, { id: string }[]>;
    await importSnapshot(store(), snapshot);
    managers = snapshot.managers.map((m) => m.id);
  }, 120_000);

  it('lists every entry once, by manager then company, with its since', async () => {
    const all = await store().read.allPortfolio();
    const byManager = (await store().withoutRecordCache().read.portfolioByManagerIds(managers)).flat();
    const key = (e: { managerId: string; companyId: string }) => `${e.managerId}\u0000${e.companyId}`;
    expect(all.length).toBeGreaterThan(10);
    expect(all.map(key)).toEqual([...all.map(key)].sort());
    expect([...all].sort((x, y) => (key(x) < key(y) ? -1 : 1))).toEqual([...byManager].sort((x, y) => (key(x) < key(y) ? -1 : 1)));
    await store().write((ops) => ops.savePortfolio({ managerId: managers[0], companyId: all[all.length - 1].companyId, since: '2026-01-02' }));
    expect(await store().read.allPortfolio()).toContainEqual({ managerId: managers[0], companyId: all[all.length - 1].companyId, since: '2026-01-02' });
  });
});
