import { type HandoverPorts, type OpeningPath } from '@/app/handover/ports';
import { type RequestContext } from '@/graphql/context';
import { keyPersonRankings } from '@/app/key-persons/key-person-rankings';
import { findWarmPaths } from '@/app/paths/find-warm-paths';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { inTransaction } from '@/graphql/shared/write';

/** The handover use cases' ports over this request: its transaction (decided again, audited), warm paths, key persons. */
export function handoverPorts(ctx: RequestContext): HandoverPorts {
  return {
    read: ctx.store.read,
    transaction: (work) => inTransaction(ctx, work),
    async warmPathsTo(companyId, limit): Promise<OpeningPath[]> {
      const paths = await findWarmPaths(neighbourhoodsOf(ctx.store), { to: companyId, limit, today: ctx.today });
      return paths.map((p) => ({
        strength: p.strength, hops: p.hops, people: p.people,
        names: p.people.map((id) => p.members.find((m) => m.personId === id)?.name ?? id), steps: p.steps.map((s) => s.reason),
      }));
    },
    async keyPersons(companyId, limit) {
      const ranked = (await keyPersonRankings(ctx.store, [companyId], ctx.today)).get(companyId) ?? [];
      return ranked.slice(0, limit).map((k) => ({ personId: k.personId, score: k.score, reasons: k.reasons }));
    },
  };
}
