import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_AS_OF, loadDemoNetwork } from '@/cli/demo-network';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';

/** What README's "Relationship health, follow-ups and risks" says the demo network answers is what it answers. */
const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');
const section = README.slice(README.indexOf('## Relationship health, follow-ups and risks'), README.indexOf('\n## ', README.indexOf('## Relationship health, follow-ups and risks') + 3));
const queries = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

jest.setTimeout(600_000);

describeEachEngine('README: relationship health against the demo network', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    await loadDemoNetwork(store());
    api = await TestApi.create(store(), { DEMO_AS_OF });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('has one example per feature, and each answers what README says', async () => {
    expect(queries).toHaveLength(3);
    const [health, followUps, risks] = await Promise.all(queries.map((q) => api.ok(q)));
    const h = health.relationshipHealth;
    expect(section).toContain(`effective trust **${h.effectiveTrust}**, rank **${h.rank}**, trend **${h.trend}**`);
    if (h.basis === 'RECORDED') expect(h.evidence).toEqual([]);
    const f = followUps.dailyFollowUps;
    expect(f.map((x: any) => x.kind)).toEqual(['OVERDUE_ACTION', 'OVERDUE_ACTION', 'OVERDUE_ACTION']);
    expect(section).toContain(`"${f[0].why.replace(/"/g, '"')}"`);
    const [first] = risks.relationshipRisks;
    expect(section).toContain(`"${first.why}", ${first.severity}, meet ${first.nextStep.personName}`);
    expect(section).toContain(`through ${first.nextStep.path.people.map((p: any) => p.name).join(' → ')} (strength ${first.nextStep.path.strength})`);
  });
});
