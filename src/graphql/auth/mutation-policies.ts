import { Actor, Role } from '@/domain/auth/actor';
import { isCurrent } from '@/domain/employment/employment';
import { PersonKind } from '@/domain/shared/enums';
import { GraphOperations } from '@/store/graph-operations';

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
type Policy = (args: Args, scope: PolicyScope & { managerId: string }) => Promise<string | null>;

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const input = (args: Args): Args => (args.input !== null && typeof args.input === 'object' ? (args.input as Args) : {});
const given = (o: Args, key: string): boolean => Object.hasOwn(o, key) && o[key] !== undefined;

async function ownsCompany(scope: PolicyScope & { managerId: string }, companyId: unknown): Promise<string | null> {
  const id = text(companyId);
  if (!id) return 'the partner company is not named, so it cannot be checked against your portfolio';
  const [entries] = await scope.read.portfolioByManagerIds([scope.managerId]);
  return entries.some((e) => e.companyId === id) ? null : `company "${id}" is not in your portfolio`;
}

/** A record's company must be in the portfolio; a record that does not exist cannot be decided on. */
async function ownsCompanyOf(
  scope: PolicyScope & { managerId: string }, what: string, id: unknown, load: (id: string) => Promise<{ companyId: string | null } | null>,
): Promise<string | null> {
  const key = text(id);
  const record = key ? await load(key) : null;
  if (!record) return `no ${what} with id "${String(id)}" that you could change`;
  return ownsCompany(scope, record.companyId);
}

/** Interaction ids the caller must stay among: a list of ids that includes their own manager id. */
function amongManagers(managerIds: unknown, managerId: string): boolean {
  return Array.isArray(managerIds) && managerIds.includes(managerId);
}

async function wasInInteraction(scope: PolicyScope & { managerId: string }, id: unknown): Promise<string | null> {
  const key = text(id);
  const [found] = key ? await scope.read.interactionsByIds([key]) : [null];
  if (!found) return `no interaction with id "${String(id)}" that you could change`;
  return amongManagers(found.managerIds, scope.managerId) ? null : 'you were not part of this interaction';
}

/**
 * A manager's trust ties: one end is the manager themselves, or both ends are reps and one of them works now at a
 * company in the manager's portfolio. Never a tie between other people where a manager is an end: that changes
 * another manager's warm paths.
 */
async function mayChangeTie(scope: PolicyScope & { managerId: string }, a: unknown, b: unknown): Promise<string | null> {
  const [x, y] = [text(a), text(b)];
  if (!x || !y) return 'both people of the tie must be named';
  if (x === scope.managerId || y === scope.managerId) return null;
  const people = await scope.read.peopleByIds([x, y]);
  if (!people.every((p) => p?.kind === PersonKind.REP)) return 'you may change your own ties, or ties between two reps of a partner in your portfolio';
  const [[portfolio], employments] = await Promise.all([
    scope.read.portfolioByManagerIds([scope.managerId]), scope.read.employmentsByRepIds([x, y]),
  ]);
  const mine = new Set(portfolio.map((e) => e.companyId));
  const worksAtMine = employments.some((list) => list.some((e) => isCurrent(e, scope.today) && mine.has(e.companyId)));
  return worksAtMine ? null : `neither "${x}" nor "${y}" works now at a partner in your portfolio`;
}

/** MANAGER rules; ADMIN may do everything, ANALYST nothing, and a mutation not listed here is for ADMIN only. */
const MANAGER_POLICIES = new Map<string, Policy>([
  ['updateCompany', (args, s) => ownsCompany(s, args.id)],
  ['createContract', (args, s) => ownsCompany(s, input(args).companyId)],
  ['updateContract', async (args, s) => {
    const current = await ownsCompanyOf(s, 'contract', args.id, async (id) => (await s.read.contractsByIds([id]))[0]);
    return current ?? (given(input(args), 'companyId') ? ownsCompany(s, input(args).companyId) : null);
  }],
  ['deleteContract', (args, s) => ownsCompanyOf(s, 'contract', args.id, async (id) => (await s.read.contractsByIds([id]))[0])],
  ['createDeal', (args, s) => ownsCompany(s, input(args).companyId)],
  ['updateDeal', async (args, s) => {
    const current = await ownsCompanyOf(s, 'deal', args.id, async (id) => (await s.read.dealsByIds([id]))[0]);
    return current ?? (given(input(args), 'companyId') ? ownsCompany(s, input(args).companyId) : null);
  }],
  ['deleteDeal', (args, s) => ownsCompanyOf(s, 'deal', args.id, async (id) => (await s.read.dealsByIds([id]))[0])],
  ['createInteraction', async (args, s) => (amongManagers(input(args).managerIds, s.managerId) ? null : 'you must be among the interaction\'s managerIds')],
  ['updateInteraction', async (args, s) => {
    const current = await wasInInteraction(s, args.id);
    if (current) return current;
    return !given(input(args), 'managerIds') || amongManagers(input(args).managerIds, s.managerId) ? null : 'you must stay among the interaction\'s managerIds';
  }],
  ['deleteInteraction', (args, s) => wasInInteraction(s, args.id)],
  ['setRelationship', (args, s) => mayChangeTie(s, input(args).a, input(args).b)],
  ['deleteRelationship', (args, s) => mayChangeTie(s, args.a, args.b)],
  ['recordIntroduction', async (args, s) => (input(args).toManagerId === s.managerId ? null : 'introductions you record must be to you')],
  ['requestIntroduction', async (args, s) => {
    const path = input(args).path;
    return Array.isArray(path) && path[0] === s.managerId ? null : 'you can ask for introductions to yourself only';
  }],
  ['recordIntroductionOutcome', async (args, s) => {
    // introduction ids are introducer>introduced>manager, but ids may hold ">": the stored record says whom it is to
    const id = text(args.id);
    const [introducerId, introducedId] = id ? id.split('>') : [];
    const found = id && introducerId && introducedId ? await s.read.introductionById(id, introducerId, introducedId) : null;
    if (!found) return `no introduction with id "${String(args.id)}" that you could change`;
    return found.toManagerId === s.managerId ? null : 'only the manager it is to records its outcome';
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
