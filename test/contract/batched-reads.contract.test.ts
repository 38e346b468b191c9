import { collectSnapshot, generateSnapshot } from '@/generator';
import { importSnapshot } from '@/wiring/snapshot';
import { GraphOperations } from '@/store/graph-operations';
import { describeEachEngine } from '../helpers/engines';

/**
 * Batched reads run as one statement over the id list or as one point lookup per id, by batch size and engine
 * (OperationsOptions). Whichever form runs, the answer must be the same: same records, same order per key.
 */
describeEachEngine('batched reads: one statement and point lookups agree', (store) => {
  let ids: { people: string[]; companies: string[]; deals: string[]; interactions: string[]; contracts: string[] };
  const forms = () => {
    const runner = { run: (name: string, params?: Record<string, unknown>) => store().read.run(name, params) };
    return {
      list: new GraphOperations(runner, { pointLookupsUpTo: 0, edgeLookupsUpTo: 0 }),
      point: new GraphOperations(runner, { pointLookupsUpTo: 1e6, edgeLookupsUpTo: 1e6 }),
    };
  };

  beforeAll(async () => {
    const snapshot = collectSnapshot(generateSnapshot({ people: 150, seed: 'batched' })) as Record<string, { id?: string; repId?: string }[]>;
    await importSnapshot(store(), snapshot);
    const of = (list: string) => snapshot[list].map((r) => r.id!);
    // people with and without edges, a missing id and a duplicate: the answer keeps the caller's keys as given
    const people = [...of('reps'), ...of('managers')];
    ids = {
      people: [...people, 'nobody', people[0]],
      companies: [...of('companies'), 'nowhere', of('companies')[0]],
      deals: [...of('deals').slice(0, 40), 'no-deal'],
      interactions: [...of('interactions').slice(0, 40), 'no-interaction'],
      contracts: [...of('contracts'), 'no-contract'],
    };
  }, 120_000);

  it('the generated network has edges of every kind to read', async () => {
    const { list } = forms();
    const counts = [
      (await list.employmentsByRepIds(ids.people)).flat().length,
      (await list.bossesOf(ids.people)).flat().length,
      (await list.reportsOf(ids.people)).flat().length,
      (await list.relationshipsByPersonIds(ids.people)).flat().length,
      (await list.introductionsByPersonIds(ids.people)).flat().length,
      (await list.portfolioByCompanyIds(ids.companies)).flat().length,
      (await list.dealsByCompanyIds(ids.companies)).flat().length,
    ];
    for (const n of counts) expect(n).toBeGreaterThan(0);
  });

  const today = '2026-11-24';
  const reads: [string, (ops: GraphOperations) => Promise<unknown>][] = [
    ['peopleByIds', (ops) => ops.peopleByIds(ids.people)],
    ['companiesByIds', (ops) => ops.companiesByIds(ids.companies)],
    ['dealsByIds', (ops) => ops.dealsByIds(ids.deals)],
    ['interactionsByIds', (ops) => ops.interactionsByIds(ids.interactions)],
    ['contractsByIds', (ops) => ops.contractsByIds(ids.contracts)],
    ['employmentsByRepIds', (ops) => ops.employmentsByRepIds(ids.people)],
    ['bossesOf', (ops) => ops.bossesOf(ids.people)],
    ['reportsOf', (ops) => ops.reportsOf(ids.people)],
    ['employmentsByCompanyIds (current)', (ops) => ops.employmentsByCompanyIds(ids.companies, true, today)],
    ['employmentsByCompanyIds (all)', (ops) => ops.employmentsByCompanyIds(ids.companies, false, today)],
    ['portfolioByCompanyIds', (ops) => ops.portfolioByCompanyIds(ids.companies)],
    ['portfolioByManagerIds', (ops) => ops.portfolioByManagerIds(ids.people)],
    ['relationshipsByPersonIds', (ops) => ops.relationshipsByPersonIds(ids.people)],
    ['introductionsByPersonIds', (ops) => ops.introductionsByPersonIds(ids.people)],
    ['dealsByPersonIds', (ops) => ops.dealsByPersonIds(ids.people)],
    ['dealsByCompanyIds', (ops) => ops.dealsByCompanyIds(ids.companies)],
    ['interactionsByPersonIds', (ops) => ops.interactionsByPersonIds(ids.people)],
    ['contractsByCompanyIds', (ops) => ops.contractsByCompanyIds(ids.companies)],
  ];
  it.each(reads)('%s', async (_name, read) => {
    const { list, point } = forms();
    const a = await read(list);
    expect(await read(point)).toEqual(a);
    expect((a as unknown[]).length).toBeGreaterThan(0);
  });
});
