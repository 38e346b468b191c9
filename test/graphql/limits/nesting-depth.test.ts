import { MAX_VARIABLE_DEPTH, nestedDeeperThan } from '@/graphql/limits/nesting-depth';

const nested = (levels: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { k: v };
  return v;
};

describe('nestedDeeperThan', () => {
  it('counts arrays and objects within each other, scalars are no level', () => {
    expect([nestedDeeperThan('x', 0), nestedDeeperThan([], 0), nestedDeeperThan([[]], 1), nestedDeeperThan({ a: [1, { b: 2 }] }, 2)]).toEqual([false, true, true, true]);
    expect([nestedDeeperThan({ a: [1, { b: 2 }] }, 3), nestedDeeperThan(null, 0)]).toEqual([false, false]);
  });

  it(`allows ${MAX_VARIABLE_DEPTH} levels, refuses one more, and walks 200,000 levels without recursion`, () => {
    expect(nestedDeeperThan(nested(MAX_VARIABLE_DEPTH), MAX_VARIABLE_DEPTH)).toBe(false);
    expect(nestedDeeperThan(nested(MAX_VARIABLE_DEPTH + 1), MAX_VARIABLE_DEPTH)).toBe(true);
    expect(nestedDeeperThan(nested(200000), 300000)).toBe(false);
  });
});
