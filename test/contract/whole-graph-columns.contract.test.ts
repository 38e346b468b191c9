import { parallelColumns } from '@/store/parallel-columns';
import { importSnapshot } from '@/wiring/snapshot';
import { describeEachEngine } from '../helpers/engines';
import { insightsSnapshot } from './insights.fixture';

/**
 * The whole-graph lists read as columns (`ops.columns`: on Neo4j each value put in its column as the record arrives,
 * no row kept) answer exactly what the rows read gave through parallelColumns, on a populated graph and for every
 * list the warm-path network, the insights and the brokers load.
 */
const LISTS: [string, Record<string, unknown>][] = [
  ...['all-people', 'all-companies', 'all-employments', 'all-ties', 'all-interactions', 'all-deals', 'all-introductions', 'all-reports-to', 'all-company-deals']
    .map((n): [string, Record<string, unknown>] => [`paths/${n}`, {}]),
  ...['trust-network', 'managers', 'base-reps', 'base-manager-ties', 'base-companies', 'base-deals']
    .map((n): [string, Record<string, unknown>] => [`insights/${n}`, {}]),
  ['insights/current-employers', { today: '2026-10-31' }],
];

describeEachEngine('whole-graph lists as columns', (store) => {
  beforeAll(async () => {
    await importSnapshot(store(), insightsSnapshot());
  });

  it.each(LISTS)('%s: the same columns as its rows', async (name, params) => {
    const rows = parallelColumns(await store().read.run(name, params));
    const columns = await store().read.columns(name, params);
    expect(columns).toEqual(rows);
  });

  it('compares lists that hold something (the fixture fills all but the interactions)', async () => {
    const filled = [];
    for (const [name, params] of LISTS) {
      const columns = await store().read.columns(name, params);
      if (Object.values(columns).some((c) => c.length > 0)) filled.push(name);
    }
    expect(filled).toEqual(LISTS.map(([n]) => n).filter((n) => n !== 'paths/all-interactions'));
  });

  it('read in one consistent read too', async () => {
    const columns = await store().readConsistent((ops) => ops.columns('paths/all-ties'));
    expect(columns).toEqual(parallelColumns(await store().read.run('paths/all-ties')));
  });
});
