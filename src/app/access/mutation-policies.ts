import { idParts } from '@/domain/shared/composite-id';
import { instantOn } from '@/domain/shared/calendar-date';
import { type Actor, Role } from '@/domain/auth/actor';
import { type Deal } from '@/domain/deal/deal';
import { type Interaction } from '@/domain/interaction/interaction';
import { jobChangeScope } from '@/domain/handover/job-change-scope';
import { type GraphOperations } from '@/store/graph-operations';
import { echoId } from '@/domain/shared/echo-id';
import { futureDateRefusal } from './future-dates';
import { everyPair, mayChangeTie, movesOnlyOwnTies } from './tie-scope';

type Args = Readonly<Record<string, unknown>>;

/** What a policy decides with: the caller, the store to look records up in, and today. */
export interface PolicyScope {
  actor: Actor;
  read: GraphOperations;
  /** YYYY-MM-DD: who "works at" a company is judged on this day. */
  today: string;
}

/**
 * Resolves to null when allowed, else the reason it is not. Policies see the coerced arguments the resolver gets; they
 * still check every value's shape, and what they cannot decide (a missing id, a record that does not exist) is refused.
 */
type Policy = (args: Args, scope: ManagerScope) => Promise<string | null>;
export type ManagerScope = PolicyScope & { managerId: string };

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const input = (args: Args): Args => (args.input !== null && typeof args.input === 'object' ? (args.input as Args) : {});
/** A mutation that takes `input` or the same fields as plain arguments: whichever form the caller used. */
const inputOrPlain = (args: Args): Args => (args.input !== null && typeof args.input === 'object' ? (args.input as Args) : args);
const given = (o: Args, key: string): boolean => Object.hasOwn(o, key) && o[key] !== undefined;

async function ownsCompany(scope: ManagerScope, companyId: unknown): Promise<string | null> {
  const id = text(companyId);
  if (!id) return 'the partner company is not named, so it cannot be checked against your portfolio';
  const [entries] = await scope.read.portfolioByManagerIds([scope.managerId]);
  return entries.some((e) => e.companyId === id) ? null : `company "${echoId(id)}" is not in your portfolio`;
}

/** A record's company must be in the portfolio; a record that does not exist cannot be decided on. */
async function ownsCompanyOf(
  scope: ManagerScope, what: string, id: unknown, load: (id: string) => Promise<{ companyId: string | null } | null>,
): Promise<string | null> {
  const key = text(id);
  const record = key ? await load(key) : null;
  if (!record) return `no ${what} with id "${echoId(id)}" that you could change`;
  return ownsCompany(scope, record.companyId);
}

/** Interaction ids the caller must stay among: a list of ids that includes their own manager id. */
function amongManagers(managerIds: unknown, managerId: string): boolean {
  return Array.isArray(managerIds) && managerIds.includes(managerId);
}

const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const listOr = (o: Args, key: string, current: readonly string[]): string[] => (given(o, key) ? ids(o[key]) : [...current]);

async function interactionOf(scope: ManagerScope, id: unknown): Promise<Interaction | string> {
  const key = text(id);
  const [found] = key ? await scope.read.interactionsByIds([key]) : [null];
  if (!found) return `no interaction with id "${echoId(id)}" that you could change`;
  return amongManagers(found.managerIds, scope.managerId) ? found : 'you were not part of this interaction';
}

/**
 * An interaction is evidence on the tie of every two of its people (managers and reps alike): whoever records,
 * changes or deletes one must be allowed to change each of those ties, before and after.
 */
function interactionTies(scope: ManagerScope, before: readonly string[], after: readonly string[]): Promise<string | null> {
  return movesOnlyOwnTies(scope, 'this interaction', everyPair([...before, ...after]));
}

/** Now on the request's day (DEMO_AS_OF's, in the demo): what "in the future" is measured from. */
const clockOf = (s: ManagerScope): number => Date.parse(instantOn(s.today));

/** A deal is evidence on the tie between its rep and its manager (a WON deal raises it). */
const dealTie = (d: Pick<Deal, 'repId' | 'managerId'>) => (d.repId && d.managerId ? [[d.managerId, d.repId] as const] : []);

/** A deal a manager writes: handled by them (or by nobody), with a rep who works or worked at its company, dated up to today. */
async function dealAsWritten(scope: ManagerScope, deal: Partial<Deal>): Promise<string | null> {
  if (deal.managerId != null && deal.managerId !== scope.managerId) return 'a deal you record is handled by you: managerId must be your own';
  for (const field of ['proposedAt', 'closedAt'] as const) {
    const future = futureDateRefusal(field, deal[field], clockOf(scope));
    if (future) return future;
  }
  if (deal.repId == null) return null;
  const [employments] = await scope.read.employmentsByRepIds([deal.repId]);
  return employments.some((e) => e.companyId === deal.companyId) ? null : `rep "${echoId(deal.repId)}" has never worked at company "${echoId(deal.companyId)}"`;
}

/** An introduction is evidence on the ties among its three people; the two that do not end at the manager are checked. */
const introductionTies = (x: { introducerId?: unknown; introducedId?: unknown }) => [[x.introducerId, x.introducedId] as const];

async function dealOf(scope: ManagerScope, id: unknown): Promise<Deal | string> {
  const key = text(id);
  const [found] = key ? await scope.read.dealsByIds([key]) : [null];
  if (!found) return `no deal with id "${echoId(id)}" that you could change`;
  return (await ownsCompany(scope, found.companyId)) ?? (await movesOnlyOwnTies(scope, 'this deal', dealTie(found))) ?? found;
}

/** MANAGER rules; ADMIN may do everything, ANALYST nothing, and a mutation not listed here is for ADMIN only. */
const MANAGER_POLICIES = new Map<string, Policy>([
  // Relationship health: a manager corrects only ties they are an end of (the use case checks it again).
  ['overrideTrust', async (args, s) => (args.a === s.managerId || args.b === s.managerId ? null : 'you may override only ties you are an end of')],
  ['clearTrustOverride', async (args, s) => (args.a === s.managerId || args.b === s.managerId ? null : 'you may clear only overrides of ties you are an end of')],
  ['updateCompany', (args, s) => ownsCompany(s, args.id)],
  ['createContract', (args, s) => ownsCompany(s, input(args).companyId)],
  ['updateContract', async (args, s) => {
    const current = await ownsCompanyOf(s, 'contract', args.id, async (id) => (await s.read.contractsByIds([id]))[0]);
    return current ?? (given(input(args), 'companyId') ? ownsCompany(s, input(args).companyId) : null);
  }],
  ['deleteContract', (args, s) => ownsCompanyOf(s, 'contract', args.id, async (id) => (await s.read.contractsByIds([id]))[0])],
  ['createDeal', async (args, s) => (await ownsCompany(s, input(args).companyId)) ?? dealAsWritten(s, input(args) as Partial<Deal>)],
  ['updateDeal', async (args, s) => {
    const current = await dealOf(s, args.id);
    if (typeof current === 'string') return current;
    const patch = input(args);
    const after = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([k]) => given(patch, k))) } as Deal;
    return (given(patch, 'companyId') ? await ownsCompany(s, after.companyId) : null) ?? dealAsWritten(s, after);
  }],
  ['deleteDeal', async (args, s) => {
    const current = await dealOf(s, args.id);
    return typeof current === 'string' ? current : null;
  }],
  ['createInteraction', async (args, s) => {
    const x = input(args);
    if (!amongManagers(x.managerIds, s.managerId)) return 'you must be among the interaction\'s managerIds';
    return futureDateRefusal('at', x.at, clockOf(s)) ?? interactionTies(s, [], [...ids(x.managerIds), ...ids(x.repIds)]);
  }],
  ['updateInteraction', async (args, s) => {
    const current = await interactionOf(s, args.id);
    if (typeof current === 'string') return current;
    const x = input(args);
    if (given(x, 'managerIds') && !amongManagers(x.managerIds, s.managerId)) return 'you must stay among the interaction\'s managerIds';
    return (given(x, 'at') ? futureDateRefusal('at', x.at, clockOf(s)) : null)
      ?? interactionTies(s, [...current.managerIds, ...current.repIds], [...listOr(x, 'managerIds', current.managerIds), ...listOr(x, 'repIds', current.repIds)]);
  }],
  ['deleteInteraction', async (args, s) => {
    const current = await interactionOf(s, args.id);
    return typeof current === 'string' ? current : interactionTies(s, [...current.managerIds, ...current.repIds], []);
  }],
  ['setRelationship', (args, s) => mayChangeTie(s, input(args).a, input(args).b)],
  ['deleteRelationship', (args, s) => mayChangeTie(s, args.a, args.b)],
  ['recordIntroduction', async (args, s) => {
    const x = input(args);
    if (x.toManagerId !== s.managerId) return 'introductions you record must be to you';
    return futureDateRefusal('at', x.at, clockOf(s)) ?? movesOnlyOwnTies(s, 'this introduction', introductionTies(x));
  }],
  ['requestIntroduction', async (args, s) => {
    const path = input(args).path;
    return Array.isArray(path) && path[0] === s.managerId ? null : 'you can ask for introductions to yourself only';
  }],
  ['recordIntroductionOutcome', async (args, s) => {
    // introduction ids are introducer>introduced>manager, but ids may hold ">": the stored record says whom it is to
    const id = text(args.id);
    const [introducerId, introducedId] = id ? idParts('introduction', id) : [];
    const found = id && introducerId && introducedId ? await s.read.introductionById(id, introducerId, introducedId) : null;
    if (!found) return `no introduction with id "${echoId(args.id)}" that you could change`;
    if (found.toManagerId !== s.managerId) return 'only the manager it is to records its outcome';
    return futureDateRefusal('at', args.at, clockOf(s)) ?? movesOnlyOwnTies(s, 'this introduction', introductionTies(found));
  }],
  // issue 15: targets, job changes and portfolio moves (use cases in src/app/kpis and src/app/handover check again)
  ['setRevenueTarget', async (args, s) => {
    const x = input(args);
    if (given(x, 'managerId') && x.managerId !== null) return x.managerId === s.managerId ? null : 'a manager sets only their own target';
    return ownsCompany(s, x.companyId);
  }],
  ['recordJobChange', async (args, s) => {
    const x = inputOrPlain(args);
    // fail closed, but say why: nothing names the rep in the form that executes
    if (x.repId == null) return 'no rep is named: give input: { repId, effectiveDate, … } or the plain arguments repId and effectiveDate';
    const at = x === args ? '' : 'input.';
    const rep = text(x.repId);
    const day = text(x.effectiveDate) ?? s.today;
    const [employments] = rep ? await s.read.employmentsByRepIds([rep]) : [[]];
    const [entries] = await s.read.portfolioByManagerIds([s.managerId]);
    const owned = new Set(entries.map((e) => e.companyId));
    // every current period ends: one at another manager's partner is theirs to end (the use case checks again, alike)
    const { atOwned, foreign } = jobChangeScope(employments, day, owned);
    if (!atOwned) return `rep "${echoId(x.repId)}" works at no company in your portfolio`;
    if (foreign.length) {
      return `rep "${echoId(x.repId)}" also works now at ${foreign.map((c) => `"${echoId(c)}"`).join(', ')}, not in your portfolio: a move that ends that period is for its manager or an admin to record`;
    }
    if (x.newCompanyId != null && !owned.has(String(x.newCompanyId))) return `company "${echoId(x.newCompanyId)}" is not in your portfolio: a manager records a move only into their own partners`;
    return futureDateRefusal(`${at}effectiveDate`, x.effectiveDate, clockOf(s));
  }],
  ['reassignPortfolio', async (args, s) => {
    const from = inputOrPlain(args).fromManagerId;
    if (from == null) return 'no manager hands over: give input: { fromManagerId, toManagerId } or the plain arguments fromManagerId and toManagerId';
    return from === s.managerId ? null : 'a manager hands over only their own partners';
  }],
]);

/** Read fields only ADMIN may use. */
export const ADMIN_ONLY_QUERIES: ReadonlySet<string> = new Set(['apiTokens', 'auditLog']);

/** Null when the caller may run the root mutation field `name` with these (coerced) `args`, else a reason for FORBIDDEN. */
export async function mutationRefusal(name: string, args: Args, scope: PolicyScope): Promise<string | null> {
  const { actor } = scope;
  if (actor.role === Role.ADMIN) return null;
  if (actor.role !== Role.MANAGER) return 'analysts have read-only access';
  const policy = MANAGER_POLICIES.get(name);
  if (!policy) return `${name} is for admins only`;
  if (!actor.managerId) return 'your credentials are not linked to a manager';
  return policy(args, { ...scope, managerId: actor.managerId });
}
