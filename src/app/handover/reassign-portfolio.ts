import { Forbidden, InvalidInput, NotFound } from '@/app/errors';
import { type Actor, Role } from '@/domain/auth/actor';
import { type Company } from '@/domain/company/company';
import { tieTrust, tiedTo } from '@/domain/handover/tie-trust';
import { type Interaction } from '@/domain/interaction/interaction';
import { type Introduction, introductionId } from '@/domain/introduction/introduction';
import { type TrustBasis } from '@/domain/paths/effective-trust';
import { type Person } from '@/domain/person/person';
import { IntroductionOutcome, PersonKind } from '@/domain/shared/enums';
import { roundScore } from '@/domain/shared/rounding';
import { type GraphOperations } from '@/store/graph-operations';
import { type HandoverPorts, keyPersonsAt } from './ports';
import { tieRecordsOf } from './tie-records';
import { invalidInputOf } from '@/app/validation/field-problems';
import { handoverItemProblems } from './portfolio-items';

export interface ReassignPortfolioInput {
  fromManagerId: string;
  toManagerId: string;
  /** Which of the outgoing manager's partners; none: all of them. */
  companyIds?: string[] | null;
}

/** Who on our team knows whom at a partner, as warm paths weigh it. */
export interface TeamTie {
  managerId: string;
  repId: string;
  trust: number;
  basis: TrustBasis;
}

export interface HandoverKeyPerson {
  personId: string;
  score: number;
  reasons: string[];
  /** Our team's strongest effective trust with them; 0: none of us knows them. */
  ourTrust: number;
}

export interface CompanyHandover {
  company: Company;
  keyPersons: HandoverKeyPerson[];
  /** Strongest first. */
  teamTies: TeamTie[];
  /** Open next actions with people who work there now, soonest due first. */
  openActions: Interaction[];
  /** The latest interactions with people who work there now, newest first. */
  recentInteractions: Interaction[];
  /** Introductions of the successor planned (PENDING) along the outgoing manager's strongest ties there. */
  plannedIntroductions: Introduction[];
}

export interface PortfolioHandover {
  fromManagerId: string;
  toManagerId: string;
  companies: CompanyHandover[];
}

/** How many introductions are planned per partner, and how many key persons and interactions a brief shows. */
export const HANDOVER_LIMITS = { introductions: 3, keyPersons: 3, recentInteractions: 5, openActions: 20 } as const;

async function requireManager(ops: GraphOperations, id: string): Promise<Person> {
  const [m] = await ops.peopleByIds([id]);
  if (!m || m.kind !== PersonKind.MANAGER) throw new NotFound('manager', id);
  return m;
}

/** The change, inside the write transaction: ownership moves, then introductions along the outgoing manager's ties. */
async function applyReassignment(ops: GraphOperations, actor: Actor, input: ReassignPortfolioInput, today: string): Promise<{ companyIds: string[]; planned: Map<string, Introduction[]> }> {
  if (input.fromManagerId === input.toManagerId) throw InvalidInput.field('input.toManagerId', 'must differ from fromManagerId');
  await requireManager(ops, input.fromManagerId);
  await requireManager(ops, input.toManagerId);
  if (actor.role === Role.ANALYST) throw new Forbidden('analysts have read-only access', 'reassignPortfolio');
  if (actor.role === Role.MANAGER && actor.managerId !== input.fromManagerId) throw new Forbidden('a manager hands over only their own partners', 'reassignPortfolio');
  const [[owned], [theirs]] = await Promise.all([ops.portfolioByManagerIds([input.fromManagerId]), ops.portfolioByManagerIds([input.toManagerId])]);
  let companyIds: string[];
  if (input.companyIds != null) {
    if (input.companyIds.length === 0) throw InvalidInput.field('input.companyIds', 'name at least one partner, or omit it to hand over all');
    const problems = await handoverItemProblems(ops, input.fromManagerId, input.companyIds, 'input.');
    if (problems.length) throw invalidInputOf(problems);
    companyIds = [...new Set(input.companyIds)];
  } else {
    companyIds = [...new Set(owned.map((e) => e.companyId))].sort();
    if (companyIds.length === 0) throw InvalidInput.field('input.fromManagerId', 'owns no partners to hand over');
  }
  const already = new Set(theirs.map((e) => e.companyId));
  for (const companyId of companyIds) {
    await ops.deletePortfolio(input.fromManagerId, companyId);
    if (!already.has(companyId)) await ops.savePortfolio({ managerId: input.toManagerId, companyId, since: today });
  }

  // introductions along the outgoing manager's strongest ties with people there now, unless the successor knows them
  const staff = await ops.employmentsByCompanyIds(companyIds, true, today);
  const records = await tieRecordsOf(ops, [input.fromManagerId, input.toManagerId]);
  const planned = new Map<string, Introduction[]>();
  for (let c = 0; c < companyIds.length; c++) {
    const people = [...new Set(staff[c].map((e) => e.repId))];
    const strongest = people
      .map((id) => ({ id, t: tieTrust(input.fromManagerId, id, records, today) }))
      .filter((x) => x.t && x.t.trust > 0 && !tieTrust(input.toManagerId, x.id, records, today))
      .sort((a, b) => b.t!.trust - a.t!.trust || a.id.localeCompare(b.id))
      .slice(0, HANDOVER_LIMITS.introductions);
    const list: Introduction[] = [];
    for (const { id } of strongest) {
      const intro: Introduction = {
        id: introductionId(input.fromManagerId, id, input.toManagerId), introducerId: input.fromManagerId, introducedId: id,
        toManagerId: input.toManagerId, at: today, outcome: IntroductionOutcome.PENDING,
      };
      if (await ops.introductionById(intro.id, intro.introducerId, intro.introducedId)) continue; // one on record already: kept as it is
      await ops.saveIntroduction(intro);
      list.push(intro);
    }
    planned.set(companyIds[c], list);
  }
  return { companyIds, planned };
}

/**
 * reassignPortfolio: one of our managers hands partners over. One transaction moves ownership (the successor's
 * `since` is today) and plans the successor's introductions (PENDING) along the outgoing manager's strongest ties
 * there; then a brief per partner. Admins move anyone's; a manager only their own.
 */
export async function reassignPortfolio(ports: HandoverPorts, actor: Actor, input: ReassignPortfolioInput, today: string): Promise<PortfolioHandover> {
  const { companyIds, planned } = await ports.transaction((ops) => applyReassignment(ops, actor, input, today));
  const read = ports.read;
  const [companies, staff] = await Promise.all([read.companiesByIds(companyIds), read.employmentsByCompanyIds(companyIds, true, today)]);
  const everyone = [...new Set(staff.flat().map((e) => e.repId))];
  const records = await tieRecordsOf(read, everyone);
  const others = [...new Set(everyone.flatMap((id) => tiedTo(id, records)))];
  const kinds = new Map((await read.peopleByIds(others)).filter((p): p is Person => !!p).map((p) => [p.id, p.kind] as const));
  const out: CompanyHandover[] = [];
  for (let c = 0; c < companyIds.length; c++) {
    const company = companies[c];
    if (!company) continue;
    const here = new Set(staff[c].map((e) => e.repId));
    const teamTies: TeamTie[] = [];
    for (const rep of here) {
      for (const manager of tiedTo(rep, records)) {
        if (kinds.get(manager) !== PersonKind.MANAGER) continue;
        const t = tieTrust(manager, rep, records, today);
        if (t) teamTies.push({ managerId: manager, repId: rep, trust: roundScore(t.trust), basis: t.basis });
      }
    }
    teamTies.sort((a, b) => b.trust - a.trust || a.repId.localeCompare(b.repId) || a.managerId.localeCompare(b.managerId));
    const best = new Map<string, number>();
    for (const t of teamTies) if (!best.has(t.repId)) best.set(t.repId, t.trust);
    const theirs = records.interactions.filter((i) => i.repIds.some((id) => here.has(id)));
    const keyPersons = (await keyPersonsAt(ports.store, company.id, HANDOVER_LIMITS.keyPersons, today)).map((k) => ({ ...k, ourTrust: best.get(k.personId) ?? 0 }));
    out.push({
      company, keyPersons, teamTies,
      openActions: theirs.filter((i) => i.nextAction && !i.nextAction.done)
        .sort((x, y) => (x.nextAction!.dueDate ?? '9999').localeCompare(y.nextAction!.dueDate ?? '9999') || x.id.localeCompare(y.id))
        .slice(0, HANDOVER_LIMITS.openActions),
      recentInteractions: [...theirs].sort((x, y) => Date.parse(y.at) - Date.parse(x.at) || x.id.localeCompare(y.id)).slice(0, HANDOVER_LIMITS.recentInteractions),
      plannedIntroductions: planned.get(company.id) ?? [],
    });
  }
  return { fromManagerId: input.fromManagerId, toManagerId: input.toManagerId, companies: out };
}
