import { randomUUID } from 'node:crypto';
import { Forbidden, InvalidInput, NotFound } from '@/app/errors';
import { type Actor, Role } from '@/domain/auth/actor';
import { type Company } from '@/domain/company/company';
import { type Deal } from '@/domain/deal/deal';
import { type Employment, employmentId, isCurrent } from '@/domain/employment/employment';
import { jobChangeScope, periodsEndedByJobChange } from '@/domain/handover/job-change-scope';
import { type HistoryWithUs, historyWithUs } from '@/domain/handover/history';
import { type SuccessorCandidate, type SuccessorInput, rankSuccessors } from '@/domain/handover/successors';
import { type Network } from '@/domain/paths/network';
import { type Interaction } from '@/domain/interaction/interaction';
import { type Introduction } from '@/domain/introduction/introduction';
import { type TrustBasis } from '@/domain/paths/effective-trust';
import { type Person, type Rep, isRep } from '@/domain/person/person';
import { DealStage } from '@/domain/shared/enums';
import { roundScore } from '@/domain/shared/rounding';
import { type GraphOperations } from '@/store/graph-operations';
import { networkAround, sharedNetwork } from '@/app/health/trust-network';
import { type CarriedAction, changeEmployment, dealsOf, handActionsOver, handDealsTo, interactionsOf, introductionsMadeBy, staffAt } from '@/store/handover/job-change.queries';
import { type HandoverPorts, type OpeningPath, openingPathsInto } from './ports';

export interface RecordJobChangeInput {
  repId: string;
  /** Where they go; none: they left (no new employment). */
  newCompanyId?: string | null;
  title?: string | null;
  department?: string | null;
  /** YYYY-MM-DD: the first day at the new place (and the first day gone from the old one). */
  effectiveDate: string;
  /** A rep at the old company who takes over their open deals and next actions in the same transaction. */
  successorId?: string | null;
}

/** One of our managers' ties with a person, as warm paths weigh it. */
export interface ManagerTrust {
  managerId: string;
  managerName: string;
  trust: number;
  basis: TrustBasis;
  recordedTrust: number | null;
  /** Evidence since the trust was recorded that raised / lowered it. */
  positives: number;
  negatives: number;
}

/** An open next action of the leaving rep, and where it went. */
export interface HandedAction {
  interaction: Interaction;
  /** The successor it was handed to, or null (no successor named, or not yours to move). */
  movedTo: string | null;
  /** The interaction that carries it for the successor, or null. */
  carriedBy: string | null;
}

export interface HandoverBrief {
  rep: Rep;
  oldCompany: Company | null;
  newCompany: Company | null;
  history: HistoryWithUs;
  /** Our managers' trust with them, strongest first. */
  ourTrust: ManagerTrust[];
  /** Open deals of theirs at the old company (after any move to the successor). */
  openDeals: Deal[];
  openActions: HandedAction[];
  successors: SuccessorCandidate[];
  /** The new company as an opening: the warm paths into it now (they start through this rep). */
  openingPaths: OpeningPath[];
  /**
   * The records of the people it names by id (our managers in ourTrust, the successors, the colleague open actions
   * moved to), read side by side with the rest of the brief: a transport shows them without reading them again.
   */
  people: ReadonlyMap<string, Person>;
}

export interface JobChange {
  ended: Employment[];
  started: Employment | null;
  brief: HandoverBrief;
}

interface Applied {
  rep: Rep;
  /** The colleague who took over (as read in the transaction), or null. */
  successor: Rep | null;
  oldCompanyId: string | null;
  ended: Employment[];
  started: Employment | null;
  actions: HandedAction[];
  movedDeals: string[];
  /**
   * What the transaction read that the brief shows, as the commit leaves it (the moved deals with their successor):
   * the brief does not read them again.
   */
  oldCompany: Company | null;
  newCompany: Company | null;
  /** The rep's open deals at the old company, by id (after any move to the successor). */
  openDeals: Deal[];
  /** The rep's interactions (their history with us). */
  interactions: Interaction[];
  /** The deals they handle, as the commit leaves them (those moved to the successor are no longer theirs). */
  deals: Deal[];
  /** Every record the change wrote, for its audit entry. */
  writtenIds: string[];
}

const SUCCESSORS = 5;
const OPENING_PATHS = 3;

function requireRep(p: Person | null | undefined, id: string): Rep {
  if (!p || !isRep(p)) throw new NotFound('rep', id);
  return p;
}

/**
 * The change itself, inside the write transaction: employments, then the successor's deals and actions. The rep and
 * the successor are read together (person, employments), then the new and the old company together; the checks run
 * in the order they are documented in whatever the reads found.
 */
async function applyJobChange(ops: GraphOperations, actor: Actor, input: RecordJobChangeInput, now: { at: string }): Promise<Applied> {
  const day = input.effectiveDate;
  const people = input.successorId != null && input.successorId !== input.repId ? [input.repId, input.successorId] : [input.repId];
  const found = await ops.peopleByIds(people);
  const rep = requireRep(found[0], input.repId);
  const histories = await ops.employmentsByRepIds(people);
  const history = histories[0];
  const current = periodsEndedByJobChange(history, day);
  const latest = [...current].sort((a, b) => (b.since ?? '').localeCompare(a.since ?? ''))[0];
  // (no read for an id that is not given: they left, or work nowhere)
  const companyIds = [input.newCompanyId, latest?.companyId].filter((id): id is string => id != null);
  const companies = new Map((await ops.companiesByIds(companyIds)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
  const newCompany = input.newCompanyId != null ? companies.get(input.newCompanyId) : undefined;
  const oldCompany = latest ? companies.get(latest.companyId) : undefined;
  if (input.newCompanyId != null && !newCompany) throw new NotFound('company', input.newCompanyId);
  if (current.length === 0) throw InvalidInput.field('input.effectiveDate', `rep "${rep.id}" works nowhere on ${day}: there is no employment to end`);
  for (const e of current) {
    if (e.since && e.since >= day) throw InvalidInput.field('input.effectiveDate', `must be after the start (${e.since}) of the current period at ${e.companyId}`);
  }
  if (input.newCompanyId != null && current.some((e) => e.companyId === input.newCompanyId)) {
    throw InvalidInput.field('input.newCompanyId', 'is where they work now; a new title there is a change of the employment (updateEmployment, for an admin)');
  }
  const oldCompanyId = latest.companyId;
  if (actor.role === Role.ANALYST) throw new Forbidden('analysts have read-only access', 'recordJobChange');
  const owned = actor.role === Role.ADMIN ? null : new Set((await ops.portfolioByManagerIds([actor.managerId ?? '']))[0].map((e) => e.companyId));
  // every current period ends: a manager ends only periods at their own partners (as the access policy decides)
  const { atOwned, foreign } = owned ? jobChangeScope(history, day, owned) : { atOwned: true, foreign: [] };
  if (!atOwned) throw new Forbidden(`rep "${rep.id}" works at no company in your portfolio`, 'recordJobChange');
  if (foreign.length) {
    throw new Forbidden(
      `rep "${rep.id}" also works now at ${foreign.map((c) => `"${c}"`).join(', ')}, not in your portfolio: a move that ends that period is for its manager or an admin to record`,
      'recordJobChange',
    );
  }

  // a manager writes the chart of their own partners only (as addEmployment and moveRep): the new company too
  if (owned && input.newCompanyId != null && !owned.has(input.newCompanyId)) {
    throw new Forbidden(`company "${input.newCompanyId}" is not in your portfolio: a manager records a move only into their own partners (an admin can record any)`, 'recordJobChange');
  }

  let successor: Rep | null = null;
  if (input.successorId != null) {
    if (input.successorId === rep.id) throw InvalidInput.field('input.successorId', 'cannot be the rep who moves');
    successor = requireRep(found[1], input.successorId);
    const theirs = histories[1];
    if (!theirs.some((e) => e.companyId === oldCompanyId && isCurrent(e, day))) {
      throw InvalidInput.field('input.successorId', `must work at ${oldCompanyId} on ${day}, where the open work stays`);
    }
  }

  const ended = current.map((e) => ({ ...e, until: day }));
  const started: Employment | null = input.newCompanyId == null ? null : {
    id: employmentId(rep.id, input.newCompanyId, day), repId: rep.id, companyId: input.newCompanyId,
    title: input.title ?? null, department: input.department ?? null, since: day, until: null,
  };
  await changeEmployment(ops, rep.id, ended, day, started, history);

  const movedDeals: string[] = [];
  // the rep's open deals at every company whose period ends are shown (the brief lists them; found by an outsider: a
  // rep at two partners lost the other one's deals from the brief); those at a company where the successor works now
  // move to them. The rest of their deals is their history (one read of the deals they handle serves both)
  const endedAt = [...new Set(current.map((e) => e.companyId))];
  const theirs = await dealsOf(ops, rep.id);
  const deals = theirs.filter((d) => endedAt.includes(d.companyId) && d.repId === rep.id && d.stage === DealStage.OPEN);
  const successorAt = new Set(successor ? histories[1].filter((e) => isCurrent(e, day)).map((e) => e.companyId) : []);
  if (successor) {
    const toMove = deals.filter((d) => d.companyId != null && successorAt.has(d.companyId));
    // a deal another manager handles is not theirs to change (as updateDeal): refused whole, nothing moved
    const notYours = actor.role === Role.ADMIN ? [] : toMove.filter((d) => d.managerId != null && d.managerId !== actor.managerId);
    if (notYours.length) {
      throw new Forbidden(
        `open deal(s) ${notYours.map((d) => d.id).join(', ')} of rep "${rep.id}" are handled by another manager: only they or an admin can hand them over (leave successorId out to record the move alone)`,
        'recordJobChange',
      );
    }
    for (const companyId of endedAt) {
      const here = toMove.filter((d) => d.companyId === companyId).map((d) => d.id);
      await handDealsTo(ops, here, rep.id, successor.id, companyId);
      movedDeals.push(...here);
    }
  }
  const interactions = await interactionsOf(ops, rep.id);
  const actions: HandedAction[] = [];
  const carried: CarriedAction[] = [];
  const open = interactions.filter((x) => x.nextAction && !x.nextAction.done)
    .sort((x, y) => (x.nextAction!.dueDate ?? '9999').localeCompare(y.nextAction!.dueDate ?? '9999') || x.id.localeCompare(y.id));
  for (const i of open) {
    // a manager carries the actions they alone of our managers took part in: the carrier records them with the
    // successor, and another manager's tie with the successor is not theirs to change (found by an outsider: an action
    // m1 shared with m3 was carried as an interaction of m3's that createInteraction refuses m1)
    const mayMove = successor && (actor.role === Role.ADMIN || (i.managerIds.length > 0 && i.managerIds.every((m) => m === actor.managerId)));
    if (!mayMove) {
      actions.push({ interaction: i, movedTo: null, carriedBy: null });
      continue;
    }
    // the history stays as it happened: the original's action is closed, a handover note carries it to the successor
    const carrier: Interaction = {
      id: `handover-${randomUUID()}`, at: now.at, channel: i.channel, managerIds: i.managerIds, repIds: [successor!.id],
      summary: `Handed over from ${rep.name} (interaction ${i.id}) on ${day}${i.summary ? `: ${i.summary}` : ''}`,
      reaction: null, concerns: i.concerns, nextAction: { ...i.nextAction!, done: false }, version: 1,
    };
    carried.push({ original: i, carrier });
    actions.push({ interaction: i, movedTo: successor!.id, carriedBy: carrier.id });
  }
  if (successor) await handActionsOver(ops, rep.id, successor.id, carried);
  const writtenIds = [
    ...ended.map((e) => e.id), ...(started ? [started.id] : []), ...movedDeals,
    ...actions.flatMap((a) => (a.carriedBy ? [a.interaction.id, a.carriedBy] : [])),
  ];
  // as the commit leaves them: the moved ones with the successor as their rep
  const moved = new Set(movedDeals);
  const openDeals = successor ? deals.map((d) => (moved.has(d.id) ? { ...d, repId: successor.id, version: d.version + 1 } : d)) : deals;
  return {
    rep, successor, oldCompanyId, ended, started, actions, movedDeals, oldCompany: oldCompany ?? null, newCompany: newCompany ?? null, openDeals, interactions,
    deals: theirs.filter((d) => !moved.has(d.id)), writtenIds,
  };
}

/**
 * recordJobChange: a partner's rep moves or leaves. One transaction ends their current employment (`until` = the
 * effective date, the first day gone) and starts the new one, or none when they left; relationships stay with the
 * person, nothing is deleted. With a successor, their open deals at the old company and their open next actions
 * (those the caller took part in, for a manager) move to the successor in the same transaction. Then the brief.
 */
export async function recordJobChange(ports: HandoverPorts, actor: Actor, input: RecordJobChangeInput, now: { at: string; today: string }): Promise<JobChange> {
  // the introductions they made are not something a job change writes: read beside the transaction (on another
  // connection), for the brief's history; a refused change drops the answer
  const introductionsMade = introductionsMadeBy(ports.read, input.repId);
  introductionsMade.catch(() => undefined);
  const applied = await ports.transaction((ops) => applyJobChange(ops, actor, input, now));
  const brief = await handoverBrief(ports, applied, await introductionsMade, input.effectiveDate < now.today ? now.today : input.effectiveDate, now.today);
  return { ended: applied.ended, started: applied.started, brief };
}

/** Our managers' effective trust with `personId` in `network` (what warm paths weigh), strongest first. */
export function managerTrustIn(network: Network, personId: string): ManagerTrust[] {
  const out: ManagerTrust[] = [];
  for (const managerId of managersTiedTo(network, personId)) {
    const t = network.effectiveTrust(personId, managerId);
    if (!t) continue;
    out.push({
      managerId, managerName: network.people.get(managerId)?.name ?? managerId, trust: roundScore(t.trust), basis: t.basis, recordedTrust: t.recorded,
      positives: t.positives, negatives: t.negatives,
    });
  }
  return out.sort(strongestFirst);
}

const strongestFirst = (a: { trust: number; managerId: string }, b: { trust: number; managerId: string }): number => b.trust - a.trust || a.managerId.localeCompare(b.managerId);

/**
 * Our managers among `personId`'s neighbours (everyone they have a tie with at some trust), read from the ties the
 * search runs on (memoised per person): a large company's staff is walked without listing every tie of every person.
 */
function managersTiedTo(network: Network, personId: string): string[] {
  const i = network.indexOf(personId);
  if (i < 0) return []; // nobody with a tie or an introduction is left out of the index
  const managers = network.managers();
  const { to } = network.adjacency(i);
  const out: string[] = [];
  for (let k = 0; k < to.length; k++) {
    const id = network.idAt(to[k]);
    if (managers.has(id)) out.push(id);
  }
  return out;
}

/** Our strongest tie with `personId` (managerTrustIn's first), without the rest of its detail. */
function ourBestWith(network: Network, personId: string): { managerName: string; trust: number } | null {
  let best: { managerId: string; trust: number } | null = null;
  for (const managerId of managersTiedTo(network, personId)) {
    const t = network.effectiveTrust(personId, managerId);
    if (!t) continue;
    const here = { managerId, trust: roundScore(t.trust) };
    if (!best || strongestFirst(here, best) < 0) best = here;
  }
  return best && { managerName: network.people.get(best.managerId)?.name ?? best.managerId, trust: best.trust };
}

/** The best SUCCESSORS colleagues who stay (rankSuccessors over all of them: their ties are in memory). */
function bestSuccessors(network: Network, rep: Rep, stayers: readonly Employment[]): SuccessorCandidate[] {
  const inputs: SuccessorInput[] = stayers.map((e) => ({
    personId: e.repId, name: network.people.get(e.repId)?.name ?? e.repId, title: e.title, tieToLeaver: network.effectiveTrust(rep.id, e.repId)?.trust ?? 0,
    ourBest: ourBestWith(network, e.repId),
  }));
  return rankSuccessors(inputs, rep.name, SUCCESSORS);
}

/**
 * Who stays at `companyId` on `day` besides `leaverId`, one employment each (of several current periods there, the one
 * the store lists last: the latest started, an undated one after all dated ones), from the in-memory network.
 */
function stayersIn(network: Network, companyId: string, day: string, leaverId: string): Employment[] {
  const out: Employment[] = [];
  for (const id of network.currentEmployees(companyId, day)) {
    if (id === leaverId) continue;
    const here = network.employmentsOfPerson(id).filter((e) => e.companyId === companyId && isCurrent(e, day));
    const last = here.reduce((x, y) => (x.since == null ? x : y.since == null || y.since > x.since ? y : x));
    out.push(last);
  }
  return out;
}

/** One employment per rep, the last listed (staffAt's order), leaving out `leaverId`. */
function stayersOf(staff: readonly Employment[], leaverId: string): Employment[] {
  return [...new Map(staff.filter((e) => e.repId !== leaverId).map((e) => [e.repId, e] as const)).values()];
}

/**
 * The brief, after the change committed. From the transaction (Applied): the rep, their interactions and deals, the
 * old and new company, their open deals. From the in-memory network warm paths search (kept exact by the change feed;
 * while it is not loaded, the staff and the ties around them are read instead): trust, the old company's staff and the
 * successors. The introductions they made were read beside the transaction. Then side by side: the warm-path search
 * into the new company, and the records of the people the brief names (the record cache's).
 */
async function handoverBrief(ports: HandoverPorts, a: Applied, introductionsMade: Introduction[], staffDay: string, today: string): Promise<HandoverBrief> {
  const { rep } = a;
  // the shared network is set to `today` and read synchronously (see withTrustNetwork)
  let network = sharedNetwork(ports.store);
  let stayers: Employment[];
  if (network) {
    stayers = a.oldCompanyId ? stayersIn(network, a.oldCompanyId, staffDay, rep.id) : [];
  } else {
    stayers = a.oldCompanyId ? stayersOf(await staffAt(ports.read, a.oldCompanyId, staffDay), rep.id) : [];
    network = await networkAround(ports.read, [rep.id, ...stayers.map((e) => e.repId)], today);
  }
  network.asOf(today);
  const ourTrust = managerTrustIn(network, rep.id);
  const successors = bestSuccessors(network, rep, stayers);
  const known = new Map<string, Person>(a.successor ? [[a.successor.id, a.successor]] : []);
  const toRead = [...new Set([...ourTrust.map((t) => t.managerId), ...successors.map((s) => s.personId)])].filter((id) => !known.has(id));
  const [openingPaths, read] = await Promise.all([
    a.started ? openingPathsInto(ports.store, a.started.companyId, OPENING_PATHS, today) : Promise.resolve([]),
    toRead.length ? ports.read.peopleByIds(toRead) : Promise.resolve([]),
  ]);
  const people = new Map(known);
  for (const p of read) if (p) people.set(p.id, p);
  const openDeals = [...a.openDeals].sort((x, y) => x.id.localeCompare(y.id));
  return {
    rep, oldCompany: a.oldCompany, newCompany: a.newCompany, history: historyWithUs(rep.id, a.interactions, a.deals, introductionsMade),
    ourTrust, openDeals, openActions: a.actions, successors, openingPaths, people,
  };
}
