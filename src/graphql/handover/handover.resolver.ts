import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { instantOn } from '@/domain/shared/calendar-date';
import { inputOrArguments, namedAsSent } from '@/graphql/shared/input-or-arguments';
import { strategyChanges } from '@/app/handover/strategy-changes';
import { insightWorld } from '@/app/matching/insight-world';
import { JobChange, recordJobChange } from '@/app/handover/record-job-change';
import { PortfolioHandover, reassignPortfolio } from '@/app/handover/reassign-portfolio';
import { type Person } from '@/domain/person/person';
import { RequestContext } from '@/graphql/context';
import { ReassignPortfolioInput, RecordJobChangeInput } from './handover.input';
import { handoverPorts } from './handover.ports';
import { CompanyStrategyChangeType, JobChangeType, PortfolioHandoverType } from './handover.type';

/**
 * People in a brief are resolved from the records it holds (the use case read them side by side with the rest of the
 * brief, from the record cache); the loaders only for one it does not hold (none unless a person was deleted meanwhile).
 */
async function view(ctx: RequestContext, c: JobChange) {
  const b = c.brief;
  const ids = [...b.ourTrust.map((t) => t.managerId), ...b.openActions.flatMap((a) => (a.movedTo ? [a.movedTo] : [])), ...b.successors.map((s) => s.personId)];
  const missing = [...new Set(ids.filter((id) => !b.people.has(id)))];
  const byId = new Map<string, Person>(b.people);
  if (missing.length) for (const p of await ctx.loaders.person.loadMany(missing)) if (p && !(p instanceof Error)) byId.set(p.id, p);
  return {
    ...c,
    brief: {
      ...b,
      ourTrust: b.ourTrust.map((t) => ({ ...t, manager: byId.get(t.managerId) })),
      openActions: b.openActions.map((a) => ({ ...a, movedTo: a.movedTo ? byId.get(a.movedTo) ?? null : null })),
      successors: b.successors.map((s) => ({ ...s, rep: byId.get(s.personId) })),
    },
  };
}

async function handoverView(ctx: RequestContext, h: PortfolioHandover) {
  const ids = [h.fromManagerId, h.toManagerId, ...h.companies.flatMap((c) => [...c.keyPersons.map((k) => k.personId), ...c.teamTies.flatMap((t) => [t.managerId, t.repId])])];
  const people = await ctx.loaders.person.loadMany(ids);
  const byId = new Map(people.flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p] as const] : [])));
  return {
    from: byId.get(h.fromManagerId), to: byId.get(h.toManagerId),
    companies: h.companies.map((c) => ({
      ...c,
      keyPersons: c.keyPersons.map((k) => ({ ...k, rep: byId.get(k.personId) })),
      teamTies: c.teamTies.map((t) => ({ ...t, manager: byId.get(t.managerId), rep: byId.get(t.repId) })),
    })),
  };
}

@Resolver()
export class HandoverResolver {
  @Mutation(() => JobChangeType, {
    description: 'A partner\'s rep moves or leaves: ends the current employment and starts the new one (or none) in one transaction; '
      + 'relationships stay with the person, nothing is deleted. With successorId their open deals and next actions move to that colleague. Returns the handover brief.',
  })
  async recordJobChange(
    @Arg('input', () => RecordJobChangeInput, { nullable: true, description: 'Who moves, where, from when, and who takes over (or the same as plain arguments)' }) given: RecordJobChangeInput | null,
    @Arg('repId', () => ID, { nullable: true, description: 'Plain-argument form: the rep who moves' }) repId: string | undefined,
    @Arg('newCompanyId', () => ID, { nullable: true, description: 'Plain-argument form: the company they join; omitted or null: they left' }) newCompanyId: string | null | undefined,
    @Arg('title', () => String, { nullable: true, description: 'Plain-argument form: their title there' }) title: string | null | undefined,
    @Arg('department', () => String, { nullable: true, description: 'Plain-argument form: their department there' }) department: string | null | undefined,
    @Arg('effectiveDate', () => String, { nullable: true, description: 'Plain-argument form: YYYY-MM-DD' }) effectiveDate: string | undefined,
    @Arg('successorId', () => ID, { nullable: true, description: 'Plain-argument form: who takes over their open work' }) successorId: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const input = await inputOrArguments(RecordJobChangeInput, given, { repId, newCompanyId, title, department, effectiveDate, successorId }, { useCase: 'recordJobChange', ops: ctx.store.read });
    const change = await namedAsSent(given, () => recordJobChange(handoverPorts(ctx), ctx.actor, input, { at: instantOn(ctx.today), today: ctx.today }));
    return view(ctx, change);
  }

  @Mutation(() => PortfolioHandoverType, {
    description: 'One of our managers hands partners over (all, or companyIds): ownership moves in one transaction, the successor\'s introductions '
      + 'are planned (PENDING) along the outgoing manager\'s strongest ties there, and a brief per partner comes back.',
  })
  async reassignPortfolio(
    @Arg('input', () => ReassignPortfolioInput, { nullable: true, description: 'From whom, to whom, which partners (or the same as plain arguments)' }) given: ReassignPortfolioInput | null,
    @Arg('fromManagerId', () => ID, { nullable: true, description: 'Plain-argument form: the manager who hands over' }) fromManagerId: string | undefined,
    @Arg('toManagerId', () => ID, { nullable: true, description: 'Plain-argument form: the manager who takes over' }) toManagerId: string | undefined,
    @Arg('companyIds', () => [ID], { nullable: true, description: 'Plain-argument form: which of their partners; omitted: all' }) companyIds: string[] | null | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const input = await inputOrArguments(ReassignPortfolioInput, given, { fromManagerId, toManagerId, companyIds }, { useCase: 'reassignPortfolio', ops: ctx.store.read });
    return handoverView(ctx, await namedAsSent(given, () => reassignPortfolio(handoverPorts(ctx), ctx.actor, input, ctx.today)));
  }

  @Query(() => [CompanyStrategyChangeType], {
    description: 'Partners whose business policy or challenges changed since a day (or instant), latest first, with the proposals that changed for the reps there now',
  })
  async strategyChanges(@Arg('since', { description: 'YYYY-MM-DD (from its start, UTC) or an ISO 8601 instant with offset' }) since: string, @Ctx() ctx: RequestContext) {
    const found = await strategyChanges({ read: ctx.store.read, actor: ctx.actor, today: ctx.today, insightWorld: () => insightWorld(ctx.store, ctx.today) }, since);
    const reps = await ctx.loaders.person.loadMany(found.flatMap((c) => c.proposals.map((p) => p.repId)));
    const byId = new Map(reps.flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p] as const] : [])));
    return found.map((c) => ({ ...c, proposals: c.proposals.map((p) => ({ ...p, rep: byId.get(p.repId) })) }));
  }
}
