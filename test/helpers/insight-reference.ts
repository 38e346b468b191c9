import { type InsightBase } from '@/domain/matching/facts';
import { topicKey } from '@/store/graph-operations';
import { latestEmployer } from '@/store/insights/insights.queries';

/** The in-memory facts proposals read, built straight from the snapshot (the reference). */
export function referenceBase(s: Record<string, any>, today: string): InsightBase {
  const current = s.employments.filter((e: any) => e.until == null || e.until > today);
  const managers = new Map<string, string>(s.managers.map((m: any) => [m.id, m.name]));
  const ourTies = new Map<string, { managerId: string; managerName: string; trust: number }[]>();
  for (const r of s.relationships) {
    for (const [p, m] of [[r.a, r.b], [r.b, r.a]]) {
      if (managers.has(m)) ourTies.set(p, [...(ourTies.get(p) ?? []), { managerId: m, managerName: managers.get(m)!, trust: r.trust }]);
    }
  }
  for (const l of ourTies.values()) l.sort((a, b) => b.trust - a.trust || (a.managerId < b.managerId ? -1 : 1));
  return {
    reps: new Map(s.reps.map((r: any) => [r.id, {
      id: r.id, name: r.name, responseSpeed: r.responseSpeed ?? null, stance: r.stance ?? null, expertise: r.expertise ?? [], interests: r.interests ?? [],
      expertiseKeys: (r.expertise ?? []).map(topicKey), interestKeys: (r.interests ?? []).map(topicKey),
    }])),
    companyOf: latestEmployer(current.map((e: any) => e.repId), current.map((e: any) => e.companyId), current.map((e: any) => e.since ?? '')),
    companies: new Map(s.companies.map((c: any) => [c.id, { id: c.id, name: c.name, industry: c.industry ?? null, segments: c.customerSegments ?? [], partnerStatus: c.partnerStatus ?? null }])),
    ourTies,
    deals: s.deals.filter((d: any) => d.stage !== 'LOST').map((d: any) => ({
      productKey: topicKey(d.product), product: d.product, companyId: d.companyId, repId: d.repId ?? null, stage: d.stage, date: d.closedAt ?? d.proposedAt ?? null,
    })),
  };
}
