import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_AS_OF, loadDemoNetwork } from '@/cli/demo-network';
import { describeEachEngine } from '../helpers/engines';
import { type GqlResult, TestApi } from '../helpers/graphql';
import { EXAMPLES } from '../../web/graphiql/examples';

/**
 * README is a test: every ```graphql block in it runs as written against the demo network (`npm run demo`: seed
 * "demo", today pinned to DEMO_AS_OF) without errors, and what README says the demo answers is what it answers.
 */
const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');
const QUERIES = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

jest.setTimeout(600_000);

/** Every number with a fractional part in an answer, with where it is. */
function fractions(value: unknown, path = ''): { path: string; n: number }[] {
  if (typeof value === 'number') return Number.isInteger(value) ? [] : [{ path, n: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => fractions(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => fractions(v, path ? `${path}.${k}` : k));
  return [];
}

const say = (n: number): string => n.toLocaleString('en-US');

describeEachEngine('README against the demo network', (store) => {
  let api: TestApi;
  const answers = new Map<string, GqlResult>();
  beforeAll(async () => {
    await loadDemoNetwork(store());
    api = await TestApi.create(store(), { DEMO_AS_OF });
    for (const q of QUERIES) answers.set(q, await api.run(q));
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('has example queries', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(5);
  });

  it('runs every README query as written, as admin, without errors', () => {
    for (const q of QUERIES) expect({ query: q, errors: answers.get(q)!.errors }).toEqual({ query: q, errors: undefined });
  });

  it('answers with every computed number rounded to 4 decimals', () => {
    for (const q of QUERIES) {
      const loose = fractions(answers.get(q)!.data).filter(({ n }) => Math.round(n * 1e4) / 1e4 !== n);
      expect({ query: q, loose }).toEqual({ query: q, loose: [] });
    }
  });

  it('states the demo network\'s size as it is', async () => {
    const r = await api.ok('{ companies(first: 1) { totalCount } reps(first: 1) { totalCount } managers(first: 1) { totalCount } brokerNetwork { ties } }');
    const people = r.reps.totalCount + r.managers.totalCount;
    expect(README).toContain(`${say(people)} people: ${say(r.reps.totalCount)} partner reps and ${say(r.managers.totalCount)} managers`);
    expect(README).toContain(`${say(r.companies.totalCount)} partner companies`);
    expect(README).toContain(`${say(r.brokerNetwork.ties)} trust ties`);
    expect(README).toContain(`\`DEMO_AS_OF\` | | `);
    expect(README).toContain(DEMO_AS_OF);
  });

  it('gives the warm introduction README shows', () => {
    const q = QUERIES.find((x) => x.includes('warmIntroPaths(to: "c233", from: "m7"'))!;
    const [best, next] = answers.get(q)!.data!.warmIntroPaths;
    const chain = best.members.map((m: any, i: number) => (i === 0 ? m.person.name : `${m.person.name} (${m.companyName}, ${m.title})`)).join(' → ');
    expect(README).toContain(`→ strongest (${best.strength}, ${best.hops} hops): ${chain}`);
    for (const s of best.steps) expect(README).toContain(`"${s.reason}"`);
    const last = next.members[next.members.length - 1];
    expect(README).toContain(`Next (${next.strength}, ${next.hops} hops)`);
    expect(README).toContain(`${last.person.name} (${last.title})`);
  });

  it('gives the key persons README shows', () => {
    const q = QUERIES.find((x) => x.includes('keyPersons(companyId: "c233"'))!;
    const people = answers.get(q)!.data!.keyPersons;
    for (const k of people) expect(README).toContain(`${k.rep.name} ${k.score}`);
    for (const reason of people[0].reasons.slice(0, 2)) expect(README).toContain(`"${reason}"`);
  });

  it('gives the proposal targets README shows', () => {
    const q = QUERIES.find((x) => x.includes('proposalTargets(product: "CRM"'))!;
    const [first, second] = answers.get(q)!.data!.proposalTargets;
    expect(README).toContain(`${first.rep.name} at ${first.rep.company.name} ${first.score}`);
    for (const reason of first.reasons.slice(0, 4)) expect(README).toContain(`"${reason}"`);
    expect(README).toContain(`${second.rep.name} at ${second.rep.company.name} ${second.score}`);
  });

  it('runs every GraphiQL example tab (web/graphiql/examples.ts) on the demo as written, the mutation last', async () => {
    const ordered = [...EXAMPLES].sort((a, b) => Number(a.query.includes('mutation')) - Number(b.query.includes('mutation')));
    for (const { query, variables } of ordered) {
      const r = await api.run(query, variables ? (JSON.parse(variables) as Record<string, unknown>) : {});
      expect({ query, errors: r.errors }).toEqual({ query, errors: undefined });
    }
  });
});
