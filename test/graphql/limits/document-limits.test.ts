import { parse, validate, specifiedRules, type OperationDefinitionNode } from 'graphql';
import { getSchema } from '@/graphql/schema';
import { documentLimitsRule, measure } from '@/graphql/limits/document-limits';
import { loadConfig } from '@/config';

const LIMITS = { depth: 8, aliases: 15, directives: 50, tokens: 1000, cost: 5000 };

async function measured(query: string, variables: Record<string, unknown> = {}) {
  const doc = parse(query);
  return measure(await getSchema(), doc, doc.definitions[0] as OperationDefinitionNode, variables);
}

describe('document limits', () => {
  it('measures depth through fragments and counts a connection page once, not per edge', async () => {
    const m = await measured(`{ companies(first: 50) { edges { node { ...F } } } } fragment F on Company { name currentReps { name } }`);
    expect(m.depth).toBe(5);
    // companies 1 + 50 x (edges 1 + node 1 + name 1 + currentReps (1 + 10 x name 1))
    expect(m.cost).toBe(1 + 50 * (1 + 1 + 1 + (1 + 10)));
  });

  it('lets the default limits through a page of 50 partners with their current reps, their bosses and owners (a frontend list)', async () => {
    const page = `query($first: Int!) { companies(first: $first) { edges { node {
      id name currentReps { id name reportsTo { id name } } owners { id name } } } pageInfo { hasNextPage endCursor } } }`;
    const m = await measured(page, { first: 50 });
    const limits = loadConfig({}).limits;
    expect(m.cost).toBeGreaterThan(5000); // what the old default refused
    expect(m.cost).toBeLessThanOrEqual(limits.cost);
    expect(m.depth).toBeLessThanOrEqual(limits.depth);
    const doc = parse(page);
    expect(validate(await getSchema(), doc, [...specifiedRules, documentLimitsRule(limits, false)])).toEqual([]);
  });

  it('counts the work of a whole-team computation, so aliases cannot run it over and over', async () => {
    const one = await measured('{ relationshipRisks(limit: 1) { kind } }');
    expect(one.cost).toBeGreaterThanOrEqual(10_000);
    expect(one.cost).toBeLessThanOrEqual(loadConfig({}).limits.cost);
    const many = await measured(`{ ${Array.from({ length: 15 }, (_, i) => `r${i}: relationshipRisks(limit: 1, asOf: "2026-10-${String(i + 1).padStart(2, '0')}") { kind }`).join(' ')} }`);
    expect(many.cost).toBeGreaterThan(loadConfig({}).limits.cost);
    expect(many.costliest[0].path).toMatch(/^r\d+$/);
  });

  it('counts aliases and directives', async () => {
    const m = await measured(`{ a: company(id: "1") { id @include(if: true) } b: company(id: "2") { id } }`);
    expect([m.aliases, m.directives]).toEqual([2, 1]);
  });

  it('says the limit in development and hides it in production', async () => {
    const schema = await getSchema();
    const doc = parse(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    const dev = validate(schema, doc, [...specifiedRules, documentLimitsRule(LIMITS, false)]);
    const prod = validate(schema, doc, [...specifiedRules, documentLimitsRule(LIMITS, true)]);
    expect(dev.map((e) => e.message)).toEqual(['The query exceeds the allowed aliases: 16 > 15']);
    expect(prod.map((e) => e.message)).toEqual(['The query exceeds the allowed aliases']);
  });

  it('counts the page size the field runs with: literal, variable or default; `first: 1` is 1', async () => {
    const inner = '{ edges { node { ties { person { id } } } } }';
    const literal = await measured(`{ reps(first: 100) ${inner} }`);
    expect(literal.cost).toBe(1 + 100 * (1 + 1 + (1 + 10 * 2)));
    expect((await measured(`query($n: Int) { reps(first: $n) ${inner} }`, { n: 100 })).cost).toBe(literal.cost);
    expect((await measured(`{ reps(first: 1) ${inner} }`)).cost).toBe(1 + 1 * (1 + 1 + (1 + 10 * 2)));
    expect((await measured(`{ reps ${inner} }`)).cost).toBe(1 + 20 * (1 + 1 + (1 + 10 * 2))); // the argument's default, 20
    expect(literal.costliest.map((l) => [l.path, l.size, l.cost])).toEqual([
      ['reps', 100, literal.cost],
      ['reps.edges.node.ties', 10, 100 * 21],
    ]);
  });

  it('counts a warm path\'s people, members and steps by their bound (7, 7, 6), so `limit: 50` with a rich selection passes', async () => {
    const m = await measured('{ warmIntroPaths(to: "r1", limit: 50) { strength people { id name } members { companyName } steps { trust reason } } }');
    // warmIntroPaths 1 + 50 x (strength 1 + people (1 + 7 x 2) + members (1 + 7 x 1) + steps (1 + 6 x 2))
    expect(m.cost).toBe(1 + 50 * (1 + (1 + 7 * 2) + (1 + 7) + (1 + 6 * 2)));
    expect(m.cost).toBeLessThanOrEqual(LIMITS.cost);
  });

  it('measures a fragment once however often it is spread (2^40 walks before)', async () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      `fragment F${i} on Query { ${i === levels - 1 ? '__typename' : `...F${i + 1} ...F${i + 1}`} }`).join(' ');
    const started = Date.now();
    const m = await measured(`query { ...F0 } ${fragments}`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(m.cost).toBe(2 ** (levels - 1));
  });
});
