import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_AS_OF, loadDemoNetwork } from '@/cli/demo-network';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';

/**
 * README's "Handovers, KPIs and revenue targets": its queries run in order against the demo network (the mutations
 * change it, as they would for a reader following along) and what the text says they answer is what they answer.
 */
const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');
const SECTION = README.slice(README.indexOf('## Handovers, KPIs and revenue targets'), README.indexOf('\n## ', README.indexOf('## Handovers, KPIs and revenue targets') + 3));
const QUERIES = [...SECTION.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
/** The section's prose with line breaks folded, so a sentence may wrap anywhere. */
const TEXT = SECTION.replace(/\s+/g, ' ');
const say = (n: number): string => n.toLocaleString('en-US');

jest.setTimeout(900_000);

describeEachEngine('README: handovers, KPIs and targets on the demo network', (store) => {
  let api: TestApi;
  const data: Record<string, any>[] = [];
  beforeAll(async () => {
    await loadDemoNetwork(store());
    api = await TestApi.create(store(), { DEMO_AS_OF });
    for (const q of QUERIES) data.push(await api.ok(q));
  });
  afterAll(() => api?.stop());

  const expectText = (...parts: string[]) => {
    for (const p of parts) expect({ missing: p, found: TEXT.includes(p) }).toEqual({ missing: p, found: true });
  };

  it('has one example per feature', () => {
    expect(QUERIES.map((q) => /\b(partnerKpis|setRevenueTarget|recordJobChange|reassignPortfolio|updateCompany|strategyChanges)\b/.exec(q)?.[1])).toEqual([
      'partnerKpis', 'setRevenueTarget', 'recordJobChange', 'reassignPortfolio', 'updateCompany', 'strategyChanges',
    ]);
  });

  it('partnerKpis: the totals, quarters, loss reasons, competitors and renewal README states', () => {
    const k = data[0].partnerKpis;
    const t = k.total;
    expectText(k.company.name, `${t.proposed} proposed, ${t.won} won, ${t.lost} lost, win rate ${t.winRate}, revenue ${say(t.revenue)} (gross profit ${say(t.grossProfit)})`);
    for (const p of k.periods) expectText(`${p.label} ${p.proposed}/${p.won}/${p.lost} (${p.winRate})`);
    expectText(`lost on ${k.lossReasons.slice(0, 3).map((r: any) => `${r.reason} ${r.count}`).join(', ')}`);
    expectText(`lost to ${k.competitors[0].competitor} ${k.competitors[0].lost} (${say(k.competitors[0].amount)}), ${k.competitors[1].competitor} ${k.competitors[1].lost}`);
    expectText(`next renewal ${k.nextRenewal}`);
  });

  it('setRevenueTarget: the progress README states', () => {
    const t = data[1].setRevenueTarget;
    const p = t.progress;
    expectText(`${t.id}\`: achieved ${say(p.achieved)} in ${p.elapsedDays} of ${p.totalDays} days, run rate ${say(p.runRate)}, \`willMeet\` ${p.willMeet}, share ${p.share}, ${p.status}`);
  });

  it('recordJobChange: the brief README states', () => {
    const j = data[2].recordJobChange;
    const b = j.brief;
    expectText(`\`${j.ended[0].id}\` ends, until ${j.ended[0].until}`);
    expectText(`${b.history.interactions} interactions (${b.history.positiveReactions} positive), ${b.history.dealsWon} deal won, ${b.history.dealsLost} lost, revenue ${say(b.history.revenue)}`);
    expectText(`${b.ourTrust[0].manager.name} trusts them ${b.ourTrust[0].trust} (${b.ourTrust[0].basis})`);
    expectText(`Their ${b.openDeals.length} open deals and ${b.openActions.length} open next actions go to ${b.openDeals[0].rep.name} (a new interaction, \`handover-…\`, carries each`);
    const [first, second, third] = b.successors;
    expectText(`${first.rep.name} ${first.score} (${first.reasons.map((r: string) => `"${r}"`).join(', ')})`, `${second.rep.name} ${second.score}`, `${third.rep.name} ${third.score}`);
    expectText(`${b.openingPaths[0].names.join(' → ')} (${b.openingPaths[0].strength})`);
  });

  it('reassignPortfolio: the brief and the planned introductions README states', () => {
    const c = data[3].reassignPortfolio.companies[0];
    expectText(c.company.name, `${c.keyPersons[0].rep.name} ${c.keyPersons[0].score}, our trust ${c.keyPersons[0].ourTrust}`);
    expectText(`${c.teamTies[0].manager.name} → ${c.teamTies[0].rep.name} ${c.teamTies[0].trust}, → ${c.teamTies[1].rep.name} ${c.teamTies[1].trust}`);
    expectText(`${c.openActions.length} open next actions`, `introductions planned: ${c.plannedIntroductions.map((i: any) => `\`${i.id}\``).join(', ')}, ${c.plannedIntroductions[0].outcome}`);
  });

  it('strategyChanges: the change and the proposal that moved, as README states', () => {
    const [c] = data[5].strategyChanges;
    const ch = c.changes[0];
    expectText(`${c.company.name}: ${ch.field} ${ch.before} → ${ch.after}`);
    const rep = c.proposals.find((p: any) => TEXT.includes(`for ${p.rep.name},`));
    expect(rep).toBeDefined();
    const before = rep.before.findIndex((p: any) => p.product === 'AI');
    const after = rep.after.findIndex((p: any) => p.product === 'AI');
    const ordinal = ['first', 'second', 'third', 'fourth', 'fifth'];
    expectText(`AI rises from ${rep.before[before].score} (${ordinal[before]}) to ${rep.after[after].score} (${ordinal[after]}) with the reason "${rep.after[after].reasons.find((r: string) => r.includes('business policy'))}"`);
  });
});
