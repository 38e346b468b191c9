import { collectSnapshot, generateSnapshot } from '@/generator';
import { type InsightBase } from '@/domain/matching/facts';
import { type ProposalScore, type ProposalView, productMarket, proposalTargets, proposalsFor } from '@/domain/matching/proposals';
import { referenceBase } from '../../helpers/insight-reference';
import { flipMasked, recoverTendencies, tendencyName } from '../../helpers/masked-flip';

/**
 * What analysts may not see, they cannot infer (issue 12, §3): the proposal scores, order and reasons of the view
 * without tendencies are the same whatever the masked tendencies are, so no arithmetic on them recovers those.
 */
const TODAY = '2026-11-01';
const snapshot = collectSnapshot(generateSnapshot({ people: 1000, seed: 'analyst-inference' })) as Record<string, any>;
const flipped = flipMasked(snapshot);

interface World {
  base: InsightBase;
  truth: Map<string, string>;
  targets: (view: ProposalView) => ProposalScore[][];
  offers: (view: ProposalView) => ProposalScore[][];
}

const memo = <T>(f: (view: ProposalView) => T) => {
  const done = new Map<ProposalView, T>();
  return (view: ProposalView): T => {
    if (!done.has(view)) done.set(view, f(view));
    return done.get(view)!;
  };
};

function world(s: Record<string, any>): World {
  const base = referenceBase(s, TODAY);
  const market = productMarket(base);
  const products = [...market.products.keys()].sort();
  const reps = [...base.reps.values()].filter((r) => base.companyOf.has(r.id)).slice(0, 200);
  return {
    base,
    truth: new Map([...base.reps.values()].map((r) => [r.id, tendencyName(r)])),
    targets: memo((view) => products.map((p) => proposalTargets(base, market, p, 50, TODAY, view))),
    offers: memo((view) => reps.map((r) => proposalsFor(base, market, r, 50, TODAY, view))),
  };
}

describe('proposal scores as an analyst sees them (view WITHOUT_TENDENCIES)', () => {
  const a = world(snapshot);
  const b = world(flipped);

  it('the flip changes every rep\'s tendencies, and with them the full view (the test can fail)', () => {
    for (const [id, t] of a.truth) expect(b.truth.get(id)).not.toBe(t);
    expect(JSON.stringify(b.targets('ALL'))).not.toBe(JSON.stringify(a.targets('ALL')));
    expect(a.targets('ALL').flat().length).toBeGreaterThan(75);
  });

  it('proposalTargets and proposalsFor (scores, signals, reasons, order) are identical whatever the tendencies', () => {
    expect(JSON.stringify(b.targets('WITHOUT_TENDENCIES'))).toBe(JSON.stringify(a.targets('WITHOUT_TENDENCIES')));
    expect(JSON.stringify(b.offers('WITHOUT_TENDENCIES'))).toBe(JSON.stringify(a.offers('WITHOUT_TENDENCIES')));
  });

  it('the algebraic attack (score − Σ weight × visible signals) / 0.10 recovers no one\'s tendencies', () => {
    // In the full view it works: the residual names the true tendencies of every target.
    const full = a.targets('ALL').flat();
    expect(full.every((t) => recoverTendencies(t.score, t.signals).has(a.truth.get(t.repId)!))).toBe(true);
    // In the analyst's view, a guess that is right in one world is wrong in the other, for every target.
    const guesses = (w: World) => w.targets('WITHOUT_TENDENCIES').flat()
      .map((t) => [`${t.productKey} ${t.repId}`, { id: t.repId, guess: recoverTendencies(t.score, t.signals) }] as const);
    const [ga, gb] = [guesses(a), new Map(guesses(b))];
    const rightInBoth = ga.filter(([k, { id, guess }]) => guess.has(a.truth.get(id)!) && gb.get(k)?.guess.has(b.truth.get(id)!));
    expect(rightInBoth).toEqual([]);
    for (const t of a.targets('WITHOUT_TENDENCIES').flat()) expect(t.signals.responsiveness).toBeNull();
  });

  it('reasons never name speed or stance', () => {
    const text = [...a.targets('WITHOUT_TENDENCIES'), ...a.offers('WITHOUT_TENDENCIES')].flat().flatMap((t) => t.reasons).join('\n');
    expect(text).not.toMatch(/respond|proactive|cautious/i);
  });
});
