import { parallelColumns } from '@/store/parallel-columns';

// The whole-network lists come as one row of parallel lists (Kuzu) or one row per record (Neo4j: neo4j-driver decodes
// one huge record many times slower); the warm-path network is loaded from either shape alike.
describe('parallelColumns', () => {
  it('takes one row of parallel lists as its columns', () => {
    expect(parallelColumns([{ ids: ['i1', 'i2'], who: [['a', 'b'], ['c', 'd', 'e']] }])).toEqual({ ids: ['i1', 'i2'], who: [['a', 'b'], ['c', 'd', 'e']] });
  });

  it('turns rows of records into the same columns, a list-valued column included', () => {
    expect(parallelColumns([{ ids: 'i1', who: ['a', 'b'] }, { ids: 'i2', who: ['c', 'd', 'e'] }])).toEqual({ ids: ['i1', 'i2'], who: [['a', 'b'], ['c', 'd', 'e']] });
  });

  it('reads a single record as one entry, not as lists (its id is not a list)', () => {
    expect(parallelColumns([{ ids: 'i1', who: ['a', 'b'] }])).toEqual({ ids: ['i1'], who: [['a', 'b']] });
  });

  it('answers no columns for no rows (an empty graph on Neo4j) and empty lists for an empty collect (Kuzu)', () => {
    expect(parallelColumns([])).toEqual({});
    expect(parallelColumns([{ ids: [], names: [] }])).toEqual({ ids: [], names: [] });
  });

  it("reads Kuzu's collect() over no rows (null, not an empty list) as no entries, not one entry of nulls", () => {
    expect(parallelColumns([{ ids: null, names: null }])).toEqual({ ids: [], names: [] });
  });
});
