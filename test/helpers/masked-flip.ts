import { MASKED_FOR_ANALYSTS } from '@/domain/auth/masking';
import { PROPOSAL_PARAMS, PROPOSAL_WEIGHTS, type ShownSignals, responsiveness } from '@/domain/matching/proposals';

type Raw = Record<string, any>;

/** Every (response speed, stance) a rep can have, unknown (null) included. */
export const TENDENCIES: { responseSpeed: string | null; stance: string | null }[] = [
  ...Object.keys(PROPOSAL_PARAMS.speed), null,
].flatMap((responseSpeed) => [...Object.keys(PROPOSAL_PARAMS.stance), null].map((stance) => ({ responseSpeed, stance })));

/** Another pair whose responsiveness differs, so every rep's masked signal really changes. */
function otherTendencies(r: Raw, i: number): { responseSpeed: string | null; stance: string | null } {
  const now = responsiveness({ responseSpeed: r.responseSpeed ?? null, stance: r.stance ?? null });
  for (let k = 1; ; k++) {
    const t = TENDENCIES[(i * 5 + k) % TENDENCIES.length];
    if (Math.abs(responsiveness(t) - now) > 0.05) return t;
  }
}

/** A different value, or presence toggled (every third record), so neither the value nor its presence is kept. */
const other = (had: unknown, i: number, make: (i: number) => unknown): unknown => (had != null && i % 3 === 0 ? null : make(i));
const otherText = (prefix: string) => (had: unknown, i: number) => other(had, i, (j) => `${prefix} ${j} (flipped)`);

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** How each masked field changes, by `Type.field` of MASKED_FOR_ANALYSTS, on the snapshot list holding that type. */
const FLIPS: Record<string, { list: string; flip: (record: Raw, i: number) => void }> = {
  'Rep.email': { list: 'reps', flip: (r, i) => { r.email = other(r.email, i, (j) => `flipped.${j}@example.org`); } },
  'Rep.phone': { list: 'reps', flip: (r, i) => { r.phone = other(r.phone, i, (j) => `090-${String(1000 + (j % 9000))}-0000`); } },
  'Rep.disc': { list: 'reps', flip: (r, i) => { r.disc = other(r.disc, i, (j) => ['D', 'I', 'S', 'C', 'DI', 'SC'].filter((d) => d !== r.disc)[j % 5]); } },
  'Rep.mbti': { list: 'reps', flip: (r, i) => { r.mbti = other(r.mbti, i, (j) => ['INTJ', 'ENFP-A', 'ISFJ', 'ESTP-T'].filter((m) => m !== r.mbti)[j % 3]); } },
  'Rep.stance': { list: 'reps', flip: () => undefined }, // with responseSpeed: responsiveness reads both
  'Rep.responseSpeed': { list: 'reps', flip: (r, i) => Object.assign(r, otherTendencies(r, i)) },
  'Rep.notes': { list: 'reps', flip: (r, i) => { r.notes = otherText('note')(r.notes, i); } },
  'Manager.email': { list: 'managers', flip: (m, i) => { m.email = other(m.email, i, (j) => `flipped.m${j}@example.org`); } },
  'Manager.phone': { list: 'managers', flip: (m, i) => { m.phone = other(m.phone, i, (j) => `03-${String(1000 + (j % 9000))}-1111`); } },
  'Interaction.summary': { list: 'interactions', flip: (x, i) => { x.summary = otherText('summary')(x.summary, i); } },
  'Interaction.concerns': { list: 'interactions', flip: (x, i) => { x.concerns = x.concerns?.length && i % 3 === 0 ? [] : [`concern ${i} (flipped)`]; } },
  'TrustOverride.note': { list: 'trustOverrides', flip: (o, i) => { o.note = otherText('override note')(o.note, i); } },
  'Interaction.nextAction': {
    list: 'interactions',
    // Open ones become done, move their due date, or disappear; interactions without one get an open one.
    flip: (x, i) => {
      const day = String(x.at).slice(0, 10);
      if (!x.nextAction) x.nextAction = { description: `follow up ${i} (flipped)`, dueDate: shiftDate(day, 1 + (i % 40)), done: false };
      else if (i % 3 === 0) x.nextAction = null;
      else if (i % 3 === 1) x.nextAction = { ...x.nextAction, done: !x.nextAction.done };
      else x.nextAction = { description: `moved ${i} (flipped)`, dueDate: shiftDate(x.nextAction.dueDate ?? day, i % 2 ? 30 : -30), done: false };
    },
  },
};

/**
 * A copy of `snapshot` in which every field masked for analysts has another value (or another presence), and
 * nothing else differs. Throws when MASKED_FOR_ANALYSTS names a field this helper does not know how to change, so a
 * newly masked field cannot go untested.
 */
export function flipMasked<T extends Raw>(snapshot: T): T {
  const out = structuredClone(snapshot) as Raw;
  for (const [type, fields] of Object.entries(MASKED_FOR_ANALYSTS)) {
    for (const field of fields) {
      const f = FLIPS[`${type}.${field}`];
      if (!f) throw new Error(`masked-flip: no way to change ${type}.${field}; add one`);
      (out[f.list] as Raw[] | undefined)?.forEach((r, i) => f.flip(r, i));
    }
  }
  return out as T;
}

/**
 * The attack on a proposal score: (score − Σ published weight × visible signal) / weight of responsiveness,
 * and the tendencies that residual fits (within the rounding of 4 decimals). Names what it recovers as
 * `speed/stance` strings.
 */
export function recoverTendencies(score: number, signals: ShownSignals): Set<string> {
  const W = PROPOSAL_WEIGHTS;
  const visible = W.affinity * signals.affinity + W.companyFit * signals.companyFit + W.ourTrust * signals.ourTrust
    + W.pastWins * signals.pastWins + W.companyWins * signals.companyWins;
  const residual = (score - visible) / W.responsiveness;
  return new Set(TENDENCIES.filter((t) => Math.abs(responsiveness(t) - residual) < 0.005).map(tendencyName));
}

export const tendencyName = (t: { responseSpeed?: string | null; stance?: string | null }): string => `${t.responseSpeed ?? '?'}/${t.stance ?? '?'}`;
