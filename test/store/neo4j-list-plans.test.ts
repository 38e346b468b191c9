import neo4j, { type Driver } from 'neo4j-driver';
import { QueryLibrary } from '@/store/cypher/query-library';
import { describeOnNeo4j, openTestStore, type OpenedStore } from '../helpers/engines';

/**
 * The pages of the lists walk an index in list order on Neo4j and stop at the page's size. With the cursor inside an
 * OR (`$afterKey IS NULL OR c.sortKey > $afterKey …`) Neo4j read and sorted every node of the label for each page:
 * at 100,000 people 415 ms a page of reps, 325 a page of deals, 35 a page of companies, against 2–3 ms now.
 * Each plan is read with EXPLAIN (the schema's indexes are the migrations'), for a first page and a later one.
 */
const LISTS: [string, Record<string, unknown>][] = [
  ['company/list', { search: null, industry: null, partnerStatus: null }],
  ['person/list', { kind: 'REP', search: null, team: null }],
  ['deal/list', { companyId: null, stage: null, productKey: null }],
  ['contract/list', { status: null, companyId: null }],
];

describeOnNeo4j('the pages of the lists, planned', () => {
  let opened: OpenedStore;
  let driver: Driver;
  const library = QueryLibrary.load('neo4j');
  beforeAll(async () => {
    opened = await openTestStore('neo4j'); // applies the migrations: the indexes
    driver = neo4j.driver(process.env.NEO4J_TEST_URI!, neo4j.auth.basic('neo4j', 'unused-auth-disabled'));
  });
  afterAll(async () => {
    await driver?.close();
    await opened?.close();
  });

  const operators = (plan: { operatorType: string; children: unknown[] }): string[] =>
    [plan.operatorType.replace(/@.*/, ''), ...plan.children.flatMap((c) => operators(c as typeof plan))];

  it.each(LISTS)('%s seeks an index in list order, without reading every node or sorting them', async (name, filters) => {
    const session = driver.session();
    try {
      for (const cursor of [{ afterKey: null, afterId: null }, { afterKey: 'm', afterId: 'x1' }]) {
        const result = await session.run(`EXPLAIN ${library.get(name)}`, { ...filters, ...cursor, limit: neo4j.int(11) });
        const ops = operators(result.summary.plan as never);
        expect({ name, ops }).toEqual({ name, ops: expect.arrayContaining([expect.stringMatching(/^NodeIndexSeek|^NodeUniqueIndexSeek/)]) });
        expect(ops).not.toContain('NodeByLabelScan');
        expect(ops).not.toContain('Sort');
        expect(ops).not.toContain('Top');
      }
    } finally {
      await session.close();
    }
  });
});
