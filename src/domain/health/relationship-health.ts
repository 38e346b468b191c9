import { type EffectiveTrust, type Evidence, type OverrideState, type TrustBasis, effectiveTrust, evidenceMillis } from '@/domain/paths/effective-trust';
import { type Network } from '@/domain/paths/network';
import { type EvidenceItem, evidenceOf } from './trust-evidence';
import { TREND_RULE, type TrustRank, type TrustTrend, addDays, daysBetween, rankOf, trendOf } from './trust-rank';

/**
 * The health of one tie on a day: its effective trust (exactly what warm paths use: Network.effectiveTrust), rank,
 * trend over the last 90 days, the evidence behind it and the override (README, "Relationship health"). Pure: the
 * network holds what the store read, and `asOf` must be the day the network was set to (Network.asOf).
 */
export interface RelationshipHealth {
  a: string;
  b: string;
  effectiveTrust: number;
  rank: TrustRank;
  trend: TrustTrend;
  /** The effective trust the trend compares with, and its day (90 days ago, or the day of the base when later). */
  trustThen: number;
  trendSince: string;
  basis: TrustBasis;
  /** The recorded rating and how old it is; null for an introduced tie. */
  recorded: { trust: number; recordedAt: string; ageDays: number } | null;
  /** What the evidence gives without the override (equals effectiveTrust when there is none). */
  computedTrust: number;
  evidence: EvidenceItem[];
  override: OverrideState | null;
  /** The latest interaction, introduction or deal between the two (any date up to asOf), null when none. */
  lastContactAt: string | null;
}

const DAY_MS = 86_400_000;
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

function introducing(network: Network, a: string, b: string): Evidence | null {
  const x = network.introducingMeeting(a, b);
  return x && x.at ? { kind: 'INTRODUCTION', id: x.id, at: x.at, signal: 'POSITIVE', label: 'MET' } : null;
}

/** The base in force and when it began: an override, the recording, or the introduction of an introduced tie. */
function baseOf(t: EffectiveTrust, network: Network, a: string, b: string): { trust: number; at: string | null } {
  if (t.basis === 'OVERRIDDEN') return { trust: t.override!.trust, at: t.override!.at };
  const tie = network.tie(a, b);
  if (tie) return { trust: tie.trust, at: tie.recordedAt };
  return { trust: 0.5, at: introducing(network, a, b)?.at ?? null };
}

export function healthOf(network: Network, a: string, b: string, asOf: string): RelationshipHealth | null {
  network.asOf(asOf); // a no-op when it is set to that day already; trust fades by it
  const now = network.effectiveTrust(a, b);
  if (!now) return null;
  const tie = network.tie(a, b) ?? null;
  const override = network.override(a, b);
  const all = network.evidenceBetween(a, b);
  const computed = override ? effectiveTrust([a, b], tie, all, null, asOf) ?? now : now;

  const sinceDay = addDays(asOf, -TREND_RULE.windowDays);
  const pastEnd = Date.parse(`${sinceDay}T00:00:00Z`) + DAY_MS - 1;
  const base = baseOf(now, network, a, b);
  let trustThen = base.trust;
  let trendSince = sinceDay;
  if (base.at && evidenceMillis(base.at) > pastEnd) {
    trendSince = base.at.slice(0, 10);
  } else {
    // the trust as it was on that day: the evidence up to it, faded as of it
    const then = effectiveTrust([a, b], tie, all.filter((e) => evidenceMillis(e.at) <= pastEnd), override, sinceDay);
    trustThen = then?.trust ?? base.trust;
  }
  const last = all.reduce<string | null>((m, e) => (m === null || evidenceMillis(e.at) > evidenceMillis(m) ? e.at : m), null);
  return {
    a, b, effectiveTrust: round4(now.trust), rank: rankOf(now.trust), trend: trendOf(now.trust, trustThen), trustThen: round4(trustThen), trendSince,
    basis: now.basis,
    recorded: tie ? { trust: tie.trust, recordedAt: tie.recordedAt, ageDays: daysBetween(tie.recordedAt, asOf) } : null,
    computedTrust: round4(computed.trust),
    evidence: evidenceOf(computed, now, introducing(network, a, b), asOf),
    override: now.override ?? null,
    lastContactAt: last,
  };
}
