import { Role } from '@/domain/auth/actor';
import { renewalDate } from '@/domain/contract/contract';
import {
  type FollowUp, actionFollowUp, fallingTrustFollowUp, notContactedFollowUp, quietDealFollowUp, rankFollowUps, renewalFollowUp, FOLLOW_UP_RULE,
} from '@/domain/health/follow-up';
import { healthOf } from '@/domain/health/relationship-health';
import { addDays } from '@/domain/health/trust-rank';
import { type Interaction } from '@/domain/interaction/interaction';
import { PersonKind } from '@/domain/shared/enums';
import { Forbidden, NotFound } from '@/app/errors';
import { keyPersonTops } from '@/app/key-persons/key-person-rankings';
import { type HealthContext } from './health-ports';
import { FieldProblems } from '@/app/validation/field-problems';
import { ID_REASON, ID_RULE } from '@/domain/shared/id-rule';
import { changeMemo } from './change-memo';
import { asOfProblem, checkAsOf } from './relationship-health';
import { sharedNetwork, withTrustNetwork } from './trust-network';


export interface FollowUpsInput {
  managerId: string;
  asOf?: string | null;
  limit?: number | null;
}

/** How many key persons per partner are watched (falling trust, not contacted). */
export const KEY_PERSONS_PER_PARTNER = 3;

/** A manager's own, or anyone's for an admin. Analysts get none (see use case). */
function mayRead(ctx: HealthContext, managerId: string): void {
  if (ctx.actor.role === Role.MANAGER && ctx.actor.managerId !== managerId) {
    throw new Forbidden('a manager sees only their own follow-ups', 'dailyFollowUps');
  }
}

export async function requireManager(ctx: HealthContext, managerId: string, field = 'managerId'): Promise<void> {
  const [p] = await ctx.read.peopleByIds([managerId]);
  if (!p || p.kind !== PersonKind.MANAGER) throw new NotFound('manager', managerId, `${field} names no manager`);
}

/** How many open next actions a day's list looks at (the soonest due). */
const OPEN_ACTIONS = 500;

/**
 * The manager's open next actions due by `dueBy`, soonest first (then by id), at most OPEN_ACTIONS: what
 * `openActions` answers, from the manager's own interactions (read through their participation edges and kept in
 * the record cache until the next change) instead of a filter over every interaction's fields.
 */
async function openActionsOf(ctx: HealthContext, managerId: string, dueBy: string): Promise<Interaction[]> {
  const [mine] = await ctx.read.interactionsByPersonIds([managerId]);
  const seen = new Set<string>();
  return mine
    .filter((i) => {
      if (seen.has(i.id)) return false;
      seen.add(i.id);
      const due = i.nextAction?.dueDate;
      return !!i.nextAction && !i.nextAction.done && !!due && due <= dueBy && i.managerIds.includes(managerId);
    })
    .sort((x, y) => (x.nextAction!.dueDate! < y.nextAction!.dueDate! ? -1 : x.nextAction!.dueDate! > y.nextAction!.dueDate! ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, OPEN_ACTIONS);
}

/**
 * The day's follow-ups of a manager, most urgent first (README, "Follow-ups"): overdue and due-soon next actions,
 * contracts up for renewal within 90 days, key persons of their partners whose trust with them is falling or who
 * were not contacted for 60 days, open deals with nothing for 30 days. Analysts get an empty list whatever they ask:
 * a follow-up carries its next action (masked), and its order or date would tell the masked due dates.
 */
export async function dailyFollowUps(ctx: HealthContext, input: FollowUpsInput): Promise<FollowUp[]> {
  const limit = input.limit ?? 50;
  // both at once (found by an outsider: a bad asOf hid a bad limit)
  new FieldProblems()
    .check(ID_RULE.test(input.managerId), 'managerId', ID_REASON)
    .addIf('asOf', asOfProblem(input.asOf))
    .check(Number.isInteger(limit) && limit >= 1 && limit <= 500, 'limit', 'must be from 1 to 500')
    .throwIfAny();
  const asOf = checkAsOf(input.asOf, ctx.today);
  if (ctx.actor.role === Role.ANALYST) return [];
  mayRead(ctx, input.managerId);
  await requireManager(ctx, input.managerId);
  // the ranked list is one value of the graph as it is now: kept until the next change the feed tells (while the
  // in-memory network is loaded; a promise, so concurrent callers share one computation), as relationshipRisks
  const key = `${input.managerId}\u0000${asOf}`;
  const memo = changeMemo<Promise<FollowUp[]>>(ctx.store, 'daily-follow-ups');
  const ranked = sharedNetwork(ctx.store) ? memo.get(key, () => rankedFollowUps(ctx, input.managerId, asOf)) : rankedFollowUps(ctx, input.managerId, asOf);
  const all = await ranked.catch((e: unknown) => {
    memo.delete(key);
    throw e;
  });
  return all.slice(0, limit);
}

/** Every follow-up of the manager on `asOf`, most urgent first (see dailyFollowUps). */
async function rankedFollowUps(ctx: HealthContext, m: string, asOf: string): Promise<FollowUp[]> {
  const [portfolio] = await ctx.read.portfolioByManagerIds([m]);
  const companyIds = [...new Set(portfolio.map((e) => e.companyId))];
  const [companies, actions, contracts, deals, keys] = await Promise.all([
    ctx.read.companiesByIds(companyIds),
    openActionsOf(ctx, m, addDays(asOf, FOLLOW_UP_RULE.dueSoonDays)),
    ctx.read.contractsByCompanyIds(companyIds),
    ctx.read.dealsByCompanyIds(companyIds),
    keyPersonTops(ctx.store, companyIds, asOf),
  ]);
  // the people of the actions by name: from the in-memory network, or (a network read around the manager holds only
  // the people tied to them) by id
  const named = sharedNetwork(ctx.store) ? null : await ctx.read.peopleByIds([...new Set(actions.flatMap((i) => i.repIds))]);
  const names = new Map((named ?? []).flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
  return withTrustNetwork(ctx.store, [m], asOf, (network) => {
    const companyName = new Map(companies.map((c, i) => [companyIds[i], c?.name ?? companyIds[i]] as const));
    const items: (FollowUp | null)[] = [];
    const nameOf = (id: string): string | null => network.people.get(id)?.name ?? names.get(id) ?? null;

    for (const i of actions) {
      const due = i.nextAction?.dueDate;
      if (!i.nextAction || i.nextAction.done || !due) continue;
      items.push(actionFollowUp({ interactionId: i.id, description: i.nextAction.description, dueDate: due, personName: i.repIds.map(nameOf).find((n) => n) ?? null }, asOf));
    }
    companyIds.forEach((companyId, k) => {
      for (const c of contracts[k]) {
        const day = renewalDate(c);
        if (c.status === 'ACTIVE' && day) items.push(renewalFollowUp({ contractId: c.id, companyId, companyName: companyName.get(companyId)!, renewalDate: day }, asOf));
      }
      for (const d of deals[k]) {
        if (d.stage !== 'OPEN') continue;
        const contact = d.repId ? network.interactionsBetween(m, d.repId)[0]?.at ?? null : null;
        const last = [contact, d.proposedAt].filter((x): x is string => !!x).sort((x, y) => Date.parse(y.length === 10 ? `${y}T00:00:00Z` : y) - Date.parse(x.length === 10 ? `${x}T00:00:00Z` : x))[0] ?? null;
        items.push(quietDealFollowUp({ dealId: d.id, product: d.product, companyId, companyName: companyName.get(companyId)!, lastActivity: last }, asOf));
      }
      for (const p of (keys.get(companyId) ?? []).slice(0, KEY_PERSONS_PER_PARTNER)) {
        const h = healthOf(network, m, p.personId, asOf);
        if (!h) continue; // no tie with them: a risk (relationshipRisks), not a follow-up
        const at = { personId: p.personId, name: p.name, companyId, companyName: companyName.get(companyId)! };
        if (h.trend === 'FALLING') items.push(fallingTrustFollowUp({ ...at, now: h.effectiveTrust, then: h.trustThen, since: h.trendSince }));
        const [lastInteraction] = network.interactionsBetween(m, p.personId);
        items.push(notContactedFollowUp({ ...at, last: lastInteraction?.at ?? null }, asOf));
      }
    });
    return rankFollowUps(items.filter((x): x is FollowUp => x !== null));
  });
}
