import { collectSnapshot, generateSnapshot } from '@/generator';
import { validateSnapshot } from '@/wiring/snapshot';

/** The service's own snapshot validation (the rules of `npm run import` and `importSnapshot`) accepts the output. */
describe('generated snapshot vs the import validation', () => {
  it('has no bad record, into an empty graph', async () => {
    const snapshot = collectSnapshot(generateSnapshot({ people: 800, seed: 'contract' }));
    const emptyGraph = { peopleByIds: async (ids: string[]) => ids.map(() => null), existingIds: async () => new Set<string>(), run: async () => [] }; // run: no deleted people remembered
    const result = await validateSnapshot(snapshot, emptyGraph as never);
    expect(result.problems.slice(0, 20)).toEqual([]);
    expect(result.snapshot).not.toBeNull();
    expect(result.counts.relationships).toBe(4000);
  });
});
