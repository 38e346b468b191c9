import { randomUUID } from 'node:crypto';
import { Forbidden, InvalidInput, NotFound } from '@/app/errors';
import { type Actor, Role } from '@/domain/auth/actor';
import { type Company } from '@/domain/company/company';
import { type Deal } from '@/domain/deal/deal';
import { type Employment, employmentId, isCurrent, notEndedBy } from '@/domain/employment/employment';
import { type HistoryWithUs, historyWithUs } from '@/domain/handover/history';
import { SUCCESSOR_WEIGHTS, type SuccessorCandidate, type SuccessorInput, rankSuccessors } from '@/domain/handover/successors';
import { titleRank } from '@/domain/key-persons/title-rank';
import { MAX_RAISE, TRUST_RULE } from '@/domain/paths/effective-trust';
import { readManagerIds } from '@/store/paths/paths.queries';
import { type TieRecords, tieTrust, tiedTo } from '@/domain/handover/tie-trust';
import { type Interaction } from '@/domain/interaction/interaction';
import { type TrustBasis } from '@/domain/paths/effective-trust';
import { type Person, type Rep, isRep } from '@/domain/person/person';
import { DealStage, PersonKind } from '@/domain/shared/enums';
import { roundScore } from '@/domain/shared/rounding';
import { type GraphOperations } from '@/store/graph-operations';
import { type HandoverPorts, type OpeningPath } from './ports';
import { tieRecordsOf } from './tie-records';

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
}

export interface JobChange {
  ended: Employment[];
  started: Employment | null;
  brief: HandoverBrief;
}

interface Applied {
  rep: Rep;
  oldCompanyId: string | null;
  ended: Employment[];
  started: Employment | null;
  actions: HandedAction[];
  movedDeals: string[];
  /** Every record the change wrote, for its audit entry. */
  writtenIds: string[];
}

const SUCCESSORS = 5;
/** Colleagues whose records are read at a time while looking for the best successors. */
const SUCCESSOR_BATCH = 10;
const OPENING_PATHS = 3;

async function requireRep(ops: GraphOperations, id: string): Promise<Rep> {
  const [p] = await ops.peopleByIds([id]);
  if (!p || !isRep(p)) throw new NotFound('rep', id);
  return p;
}

/** The change itself, inside the write transaction: employments, then the successor's deals and actions. */
async function applyJobChange(ops: GraphOperations, actor: Actor, input: RecordJobChangeInput, now: { at: string }): Promise<Applied> {
  const day = input.effectiveDate;
  const rep = await requireRep(ops, input.repId);
  if (input.newCompanyId != null && !(await ops.companiesByIds([input.newCompanyId]))[0]) throw new NotFound('company', input.newCompanyId);
  const [history] = await ops.employmentsByRepIds([rep.id]);
  const current = history.filter((e) => notEndedBy(e, day));
  if (current.length === 0) throw InvalidInput.field('input.effectiveDate', `rep "${rep.id}" works nowhere on ${day}: there is no employment to end`);
  for (const e of current) {
    if (e.since && e.since >= day) throw InvalidInput.field('input.effectiveDate', `must be after the start (${e.since}) of the current period at ${e.companyId}`);
  }
  if (input.newCompanyId != null && current.some((e) => e.companyId === input.newCompanyId)) {
    throw InvalidInput.field('input.newCompanyId', 'is where they work now; a new title there is updateEmployment');
  }
  const oldCompanyId = [...current].sort((a, b) => (b.since ?? '').localeCompare(a.since ?? ''))[0].companyId;
  if (actor.role === Role.ANALYST) throw new Forbidden('analysts have read-only access', 'recordJobChange');
  const owned = actor.role === Role.ADMIN ? null : new Set((await ops.portfolioByManagerIds([actor.managerId ?? '']))[0].map((e) => e.companyId));
  if (owned && !current.some((e) => owned.has(e.companyId))) throw new Forbidden(`rep "${rep.id}" works at no company in your portfolio`, 'recordJobChange');

  // a manager writes the chart of their own partners only (as addEmployment and moveRep): the new company too
  if (owned && input.newCompanyId != null && !owned.has(input.newCompanyId)) {
    throw new Forbidden(`company "${input.newCompanyId}" is not in your portfolio: a manager records a move only into their own partners (an admin can record any)`, 'recordJobChange');
  }

  let successor: Rep | null = null;
  if (input.successorId != null) {
    if (input.successorId === rep.id) throw InvalidInput.field('input.successorId', 'cannot be the rep who moves');
    successor = await requireRep(ops, input.successorId);
    const [theirs] = await ops.employmentsByRepIds([successor.id]);
    if (!theirs.some((e) => e.companyId === oldCompanyId && isCurrent(e, day))) {
      throw InvalidInput.field('input.successorId', `must work at ${oldCompanyId} on ${day}, where the open work stays`);
    }
  }

  const ended = current.map((e) => ({ ...e, until: day }));
  for (const e of ended) await ops.saveEmployment(e);
  const started: Employment | null = input.newCompanyId == null ? null : {
    id: employmentId(rep.id, input.newCompanyId, day), repId: rep.id, companyId: input.newCompanyId,
    title: input.title ?? null, department: input.department ?? null, since: day, until: null,
  };
  if (started) await ops.saveEmployment(started);

  const movedDeals: string[] = [];
  const [deals] = await ops.dealsByCompanyIds([oldCompanyId]);
  if (successor) {
    const toMove = deals.filter((x) => x.stage === DealStage.OPEN && x.repId === rep.id);
    // a deal another manager handles is not theirs to change (as updateDeal): refused whole, nothing moved
    const notYours = actor.role === Role.ADMIN ? [] : toMove.filter((d) => d.managerId != null && d.managerId !== actor.managerId);
    if (notYours.length) {
      throw new Forbidden(
        `open deal(s) ${notYours.map((d) => d.id).join(', ')} of rep "${rep.id}" are handled by another manager: only they or an admin can hand them over (leave successorId out to record the move alone)`,
        'recordJobChange',
      );
    }
    for (const d of toMove) {
      await ops.saveDeal({ ...d, repId: successor.id, version: d.version + 1 });
      movedDeals.push(d.id);
    }
  }
  const [interactions] = await ops.interactionsByPersonIds([rep.id]);
  const actions: HandedAction[] = [];
  const open = interactions.filter((x) => x.nextAction && !x.nextAction.done)
    .sort((x, y) => (x.nextAction!.dueDate ?? '9999').localeCompare(y.nextAction!.dueDate ?? '9999') || x.id.localeCompare(y.id));
  for (const i of open) {
    const mayMove = successor && (actor.role === Role.ADMIN || i.managerIds.includes(actor.managerId ?? ''));
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
    await ops.saveInteraction(carrier);
    await ops.saveInteraction({ ...i, nextAction: { ...i.nextAction!, done: true }, version: i.version + 1 });
    actions.push({ interaction: i, movedTo: successor!.id, carriedBy: carrier.id });
  }
  const writtenIds = [
    ...ended.map((e) => e.id), ...(started ? [started.id] : []), ...movedDeals,
    ...actions.flatMap((a) => (a.carriedBy ? [a.interaction.id, a.carriedBy] : [])),
  ];
  return { rep, oldCompanyId, ended, started, actions, movedDeals, writtenIds };
}

/** Our managers' effective trust with `personId`, strongest first. */
export function managerTrust(personId: string, records: Parameters<typeof tieTrust>[2], people: Map<string, Person>, asOf: string): ManagerTrust[] {
  const out: ManagerTrust[] = [];
  for (const other of tiedTo(personId, records)) {
    const p = people.get(other);
    if (!p || p.kind !== PersonKind.MANAGER) continue;
    const t = tieTrust(personId, other, records, asOf);
    if (!t) continue;
    out.push({
      managerId: other, managerName: p.name, trust: roundScore(t.trust), basis: t.basis, recordedTrust: t.recorded,
      positives: t.positives, negatives: t.negatives,
    });
  }
  return out.sort((a, b) => b.trust - a.trust || a.managerId.localeCompare(b.managerId));
}

/**
 * recordJobChange: a partner's rep moves or leaves. One transaction ends their current employment (`until` = the
 * effective date, the first day gone) and starts the new one, or none when they left; relationships stay with the
 * person, nothing is deleted. With a successor, their open deals at the old company and their open next actions
 * (those the caller took part in, for a manager) move to the successor in the same transaction. Then the brief.
 */
export async function recordJobChange(ports: HandoverPorts, actor: Actor, input: RecordJobChangeInput, now: { at: string; today: string }): Promise<JobChange> {
  const applied = await ports.transaction((ops) => applyJobChange(ops, actor, input, now));
  const brief = await handoverBrief(ports, applied, input.effectiveDate < now.today ? now.today : input.effectiveDate, now.today);
  return { ended: applied.ended, started: applied.started, brief };
}

/**
 * The best SUCCESSORS colleagues, exactly as rankSuccessors would rank them all, without reading every colleague's
 * records: a first pass over their recorded ties and introductions bounds each score from above (effective trust is at
 * most the recorded trust + MAX_RAISE, an introduced tie at most 0.5 + MAX_RAISE); their records are then read in
 * that order, a few at a time, until no colleague left unread can beat the fifth exact score.
 */
async function bestSuccessors(
  read: GraphOperations, rep: Rep, records: TieRecords, stayers: readonly Employment[], today: string,
): Promise<SuccessorCandidate[]> {
  if (stayers.length === 0) return [];
  const ids = stayers.map((e) => e.repId);
  const [ties, intros, managers] = await Promise.all([read.relationshipsByPersonIds(ids), read.introductionsByPersonIds(ids), readManagerIds(read)]);
  const isManager = new Set(managers);
  const W = SUCCESSOR_WEIGHTS;
  const bounded = stayers.map((e, i) => {
    let our = 0;
    for (const r of ties[i]) if (isManager.has(r.a === e.repId ? r.b : r.a)) our = Math.max(our, r.trust + MAX_RAISE);
    for (const x of intros[i]) {
      const pair = x.introducedId === e.repId ? x.toManagerId : x.toManagerId === e.repId ? x.introducedId : null;
      if (x.outcome === 'MET' && pair && isManager.has(pair)) our = Math.max(our, TRUST_RULE.introducedTie + MAX_RAISE);
    }
    const tie = tieTrust(rep.id, e.repId, records, today)?.trust ?? 0;
    return { e, tie, bound: W.tieToLeaver * tie + W.ourTrust * Math.min(1, our) + W.seniority * titleRank(e.title).rank };
  }).sort((x, y) => y.bound - x.bound || x.e.repId.localeCompare(y.e.repId));
  const ranked: SuccessorCandidate[] = [];
  const inputs: SuccessorInput[] = [];
  for (let at = 0; at < bounded.length; at += SUCCESSOR_BATCH) {
    if (ranked.length >= SUCCESSORS && ranked[SUCCESSORS - 1].score > bounded[at].bound + 1e-4) break;
    const chunk = bounded.slice(at, at + SUCCESSOR_BATCH);
    const theirs = await tieRecordsOf(read, chunk.map((c) => c.e.repId));
    const others = new Set(chunk.flatMap((c) => [c.e.repId, ...tiedTo(c.e.repId, theirs)]));
    const people = new Map((await read.peopleByIds([...others])).filter((p): p is Person => !!p).map((p) => [p.id, p] as const));
    for (const { e, tie } of chunk) {
      const best = managerTrust(e.repId, theirs, people, today)[0];
      inputs.push({ personId: e.repId, name: people.get(e.repId)?.name ?? e.repId, title: e.title, tieToLeaver: tie, ourBest: best ? { managerName: best.managerName, trust: best.trust } : null });
    }
    ranked.splice(0, ranked.length, ...rankSuccessors(inputs, rep.name, SUCCESSORS));
  }
  return ranked;
}

async function handoverBrief(ports: HandoverPorts, a: Applied, staffDay: string, today: string): Promise<HandoverBrief> {
  const read = ports.read;
  const { rep } = a;
  const [records, companies, colleagues] = await Promise.all([
    tieRecordsOf(read, [rep.id]),
    read.companiesByIds([a.oldCompanyId ?? '', a.started?.companyId ?? '']),
    a.oldCompanyId ? read.employmentsByCompanyIds([a.oldCompanyId], true, staffDay) : Promise.resolve([[]]),
  ]);
  const stayers = [...new Map(colleagues[0].filter((e) => e.repId !== rep.id).map((e) => [e.repId, e] as const)).values()];
  const successors = await bestSuccessors(read, rep, records, stayers, today);
  const people = new Map((await read.peopleByIds(tiedTo(rep.id, records))).filter((p): p is Person => !!p).map((p) => [p.id, p] as const));

  const moved = new Set(a.movedDeals);
  const oldDeals = a.oldCompanyId ? (await read.dealsByCompanyIds([a.oldCompanyId]))[0] : [];
  const openDeals = oldDeals.filter((d) => d.stage === DealStage.OPEN && (d.repId === rep.id || moved.has(d.id))).sort((x, y) => x.id.localeCompare(y.id));
  const openingPaths = a.started ? await ports.warmPathsTo(a.started.companyId, OPENING_PATHS) : [];
  return {
    rep, oldCompany: companies[0], newCompany: companies[1], history: historyWithUs(rep.id, records.interactions, records.deals, records.introductions),
    ourTrust: managerTrust(rep.id, records, people, today), openDeals, openActions: a.actions, successors, openingPaths,
  };
}
