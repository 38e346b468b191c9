import { importSnapshot } from '@/wiring/snapshot';
import { topicKey } from '@/store/graph-operations';
import { describeEachEngine } from '../helpers/engines';
import { sampleSnapshot } from '../helpers/sample-snapshot';

/**
 * The links a record carries (a rep's topics, an interaction's participants, a deal's company and people) after an
 * import into an empty graph and after re-imports that keep some links, drop some and add others. Neo4j writes them
 * with the record, in one folded query per record (src/store/neo4j/neo4j-import-steps.ts): created into an empty
 * graph, and in a populated one the links the snapshot no longer names deleted, the others merged.
 */
describeEachEngine('snapshot import: the links a record carries', (store) => {
  const keys = async (query: string, id: string): Promise<string[]> => (await store().read.run(query, { id })).map((r) => String(r.key));
  const participants = async (interactionId: string): Promise<string[]> => {
    const byPerson = await store().read.interactionsByPersonIds(['m1', 'r1', 'r2']);
    return ['m1', 'r1', 'r2'].filter((_, i) => byPerson[i].some((x) => x.id === interactionId));
  };
  const handlers = async (dealId: string): Promise<unknown[]> => store().read.run('test/deal-handlers', { id: dealId });
  const dealCompanies = async (dealId: string): Promise<string[]> => {
    const byCompany = await store().read.dealsByCompanyIds(['c1', 'c2']);
    return ['c1', 'c2'].filter((_, i) => byCompany[i].some((d) => d.id === dealId));
  };

  it('into an empty graph: every link of the snapshot, once', async () => {
    const s = sampleSnapshot();
    s.interactions.push({ id: 'i2', at: '2024-06-02T10:00:00+09:00', channel: 'CALL', managerIds: ['m1'], repIds: ['r1', 'r2'] });
    await importSnapshot(store(), s);
    expect(await keys('test/expertise-keys', 'r1')).toEqual(['CRM', 'Manufacturing'].map(topicKey).sort());
    expect(await keys('test/interest-keys', 'r1')).toEqual([topicKey('AI')]);
    expect(await keys('test/expertise-keys', 'r2')).toEqual([]);
    expect(await participants('i1')).toEqual(['m1', 'r1']);
    expect(await participants('i2')).toEqual(['m1', 'r1', 'r2']);
    expect(await handlers('d1')).toEqual([{ personId: 'm1', role: 'MANAGER' }, { personId: 'r1', role: 'REP' }]);
    expect(await dealCompanies('d1')).toEqual(['c1']);
    // the same snapshot again changes no link
    await importSnapshot(store(), s);
    expect(await keys('test/expertise-keys', 'r1')).toEqual(['CRM', 'Manufacturing'].map(topicKey).sort());
    expect(await participants('i2')).toEqual(['m1', 'r1', 'r2']);
    expect(await handlers('d1')).toEqual([{ personId: 'm1', role: 'MANAGER' }, { personId: 'r1', role: 'REP' }]);
  });

  it('re-imported: links the snapshot still names stay, the others go, new ones come', async () => {
    const s = sampleSnapshot();
    s.reps[0].expertise = ['CRM', 'Logistics']; // keeps CRM, drops Manufacturing, adds Logistics
    s.reps[0].interests = [];
    s.reps[1].interests = ['AI'];
    s.interactions[0].repIds = ['r2']; // r1 leaves, r2 comes, m1 stays
    s.deals[0] = { ...s.deals[0], companyId: 'c2', repId: 'r2', managerId: null };
    await importSnapshot(store(), s);
    expect(await keys('test/expertise-keys', 'r1')).toEqual(['CRM', 'Logistics'].map(topicKey).sort());
    expect(await keys('test/interest-keys', 'r1')).toEqual([]);
    expect(await keys('test/interest-keys', 'r2')).toEqual([topicKey('AI')]);
    expect(await participants('i1')).toEqual(['m1', 'r2']);
    expect(await handlers('d1')).toEqual([{ personId: 'r2', role: 'REP' }]);
    expect(await dealCompanies('d1')).toEqual(['c2']);
    // a manager's row leaves a person's topic links alone; a rep with no topics has none
    await importSnapshot(store(), { managers: s.managers, reps: [{ ...s.reps[0], expertise: [] }] });
    expect(await keys('test/expertise-keys', 'r1')).toEqual([]);
    expect(await keys('test/interest-keys', 'r2')).toEqual([topicKey('AI')]);
  });
});
