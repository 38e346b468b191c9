import { parse, validate, specifiedRules, OperationDefinitionNode } from 'graphql';
import { getSchema } from '@/graphql/schema';
import { documentLimitsRule, measure } from '@/graphql/limits/document-limits';

const LIMITS = { depth: 8, aliases: 15, directives: 50, tokens: 1000, cost: 5000 };

async function measured(query: string) {
  const doc = parse(query);
  return measure(await getSchema(), doc, doc.definitions[0] as OperationDefinitionNode);
}

describe('document limits', () => {
  it('measures depth through fragments and counts a connection page once, not per edge', async () => {
    const m = await measured(`{ companies(first: 50) { edges { node { ...F } } } } fragment F on Company { name currentReps { name } }`);
    expect(m.depth).toBe(5);
    // companies 1 + 50 x (edges 1 + node 1 + name 1 + currentReps (1 + 10 x name 1))
    expect(m.cost).toBe(1 + 50 * (1 + 1 + 1 + (1 + 10)));
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
});
