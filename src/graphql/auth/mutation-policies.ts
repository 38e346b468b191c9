import { Actor, Role } from '@/domain/auth/actor';
import { GraphOperations } from '@/store/graph-operations';

type Args = Record<string, any>;
/** Resolves to null when allowed, else the reason it is not. */
type Policy = (actor: Actor, args: Args, read: GraphOperations) => Promise<string | null>;

const ownsCompany = async (actor: Actor, companyId: string | null | undefined, read: GraphOperations): Promise<string | null> => {
  if (!actor.managerId) return 'your token is not linked to a manager';
  if (!companyId) return null;
  const [entries] = await read.portfolioByManagerIds([actor.managerId]);
  return entries.some((e) => e.companyId === companyId) ? null : `company "${companyId}" is not in your portfolio`;
};

/** MANAGER rules; ADMIN may do everything, ANALYST nothing, and a mutation not listed here is for ADMIN only. */
const MANAGER_POLICIES: Record<string, Policy> = {
  updateCompany: (a, args, read) => ownsCompany(a, args.id, read),
  createContract: (a, args, read) => ownsCompany(a, args.input?.companyId, read),
  updateContract: async (a, args, read) => {
    const [k] = await read.contractsByIds([args.id]);
    return (await ownsCompany(a, k?.companyId, read)) ?? ownsCompany(a, args.input?.companyId, read);
  },
  deleteContract: async (a, args, read) => ownsCompany(a, (await read.contractsByIds([args.id]))[0]?.companyId, read),
  createDeal: (a, args, read) => ownsCompany(a, args.input?.companyId, read),
  updateDeal: async (a, args, read) => {
    const [d] = await read.dealsByIds([args.id]);
    return (await ownsCompany(a, d?.companyId, read)) ?? ownsCompany(a, args.input?.companyId, read);
  },
  deleteDeal: async (a, args, read) => ownsCompany(a, (await read.dealsByIds([args.id]))[0]?.companyId, read),
  createInteraction: async (a, args) => (args.input?.managerIds ?? []).includes(a.managerId) ? null : 'you must be among the interaction\'s managerIds',
  updateInteraction: async (a, args, read) => {
    const [i] = await read.interactionsByIds([args.id]);
    if (i && !i.managerIds.includes(a.managerId ?? '')) return 'you were not part of this interaction';
    return args.input?.managerIds && !args.input.managerIds.includes(a.managerId) ? 'you must stay among the interaction\'s managerIds' : null;
  },
  deleteInteraction: async (a, args, read) => {
    const [i] = await read.interactionsByIds([args.id]);
    return i && !i.managerIds.includes(a.managerId ?? '') ? 'you were not part of this interaction' : null;
  },
  setRelationship: async () => null,
  deleteRelationship: async () => null,
  recordIntroduction: async (a, args) => (args.input?.toManagerId === a.managerId ? null : 'introductions you record must be to you'),
  requestIntroduction: async (a, args) => (args.input?.path?.[0] === a.managerId ? null : 'you can ask for introductions to yourself only'),
  // introduction ids are introducer>introduced>manager
  recordIntroductionOutcome: async (a, args) => (String(args.id).split('>')[2] === a.managerId ? null : 'only the manager it is to records its outcome'),
};

/** Read fields only ADMIN may use. */
export const ADMIN_ONLY_QUERIES = new Set(['apiTokens', 'auditLog']);

/** Null when `actor` may run the root field `name` with `args`, else a reason for FORBIDDEN. */
export async function mutationRefusal(actor: Actor, name: string, args: Args, read: GraphOperations): Promise<string | null> {
  if (actor.role === Role.ADMIN) return null;
  if (actor.role === Role.ANALYST) return 'analysts have read-only access';
  const policy = MANAGER_POLICIES[name];
  if (!policy) return `${name} is for admins only`;
  return policy(actor, args, read);
}
