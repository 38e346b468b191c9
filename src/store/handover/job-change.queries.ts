import { type Deal } from '@/domain/deal/deal';
import { type Employment } from '@/domain/employment/employment';
import { type Interaction } from '@/domain/interaction/interaction';
import { type Introduction } from '@/domain/introduction/introduction';
import { PersonKind } from '@/domain/shared/enums';
import { toDeal } from '@/store/columns/deal';
import { employmentRow, toEmployment, toIntroduction } from '@/store/columns/edges';
import { interactionRow, toInteraction } from '@/store/columns/interaction';
import { type GraphOperations } from '@/store/graph-operations';
import { type Row } from '@/store/runner';

/*
 * The reads and writes of a job change (recordJobChange) and its brief (cypher/shared/handover): each anchored on one
 * record's key, and the successor's deals and next actions handed over in a few statements whatever their number.
 * Kuzu 0.11 answers `x.id IN $ids` and `UNWIND $ids … MATCH (p {id: x})` with a scan of the whole table (10–160 ms at
 * 100,000 people), a key lookup in about 1 ms; Neo4j uses its indexes either way.
 */

/**
 * Ends the rep's current periods on `until` and starts `started` (none: they left), as saveEmployment would write
 * them: an update of `until` on the ended ones, the new one created unless the rep has a period with its id already.
 */
export async function changeEmployment(ops: GraphOperations, repId: string, ended: readonly Employment[], until: string, started: Employment | null, history: readonly Employment[]): Promise<void> {
  if (ended.length) await ops.run('handover/end-employments', { repId, ids: ended.map((e) => e.id), until });
  if (!started) return;
  if (history.some((e) => e.id === started.id)) await ops.saveEmployment(started);
  else await ops.run('handover/start-employment', employmentRow(started));
}

/**
 * The deals a person handles (their HANDLED edges: saveDeal links a deal's rep and manager), newest proposed first:
 * in the job change's transaction, both the open deals a successor takes over and the history of the brief (one read
 * by the person's key; Kuzu answers the rep's deals at one company by the company's key in about as long, so one read
 * serves both).
 */
export async function dealsOf(ops: GraphOperations, personId: string): Promise<Deal[]> {
  return (await ops.run('handover/deals-of', { id: personId })).map((r) => toDeal(r.d as Row));
}

/**
 * Deals of `companyId` handed from `repId` to `successorId`: what saveDeal writes for each with the successor as its
 * rep (its version one up, the rep's HANDLED edge replaced by the successor's), in two statements.
 */
export async function handDealsTo(ops: GraphOperations, dealIds: readonly string[], repId: string, successorId: string, companyId: string): Promise<void> {
  if (dealIds.length === 0) return;
  const ids = [...dealIds];
  await ops.run('handover/unlink-deals-from-rep', { repId, ids });
  await ops.run('handover/hand-deals-to', { companyId, successorId, ids, role: PersonKind.REP });
}

/** A person's interactions, newest first (as interactionsByPersonIds). */
export async function interactionsOf(ops: GraphOperations, personId: string): Promise<Interaction[]> {
  return (await ops.run('handover/interactions-of', { id: personId })).map((r) => toInteraction(r.i as Row));
}

/** A handed-over next action: the original interaction (its action closed) and the carrier that takes it on. */
export interface CarriedAction {
  original: Interaction;
  carrier: Interaction;
}

/**
 * Hands next actions over, as saveInteraction would write them: each original's action closed (its version one up) in
 * one statement, then each carrier created with the successor (its one rep) and the original's managers taking part.
 */
export async function handActionsOver(ops: GraphOperations, repId: string, successorId: string, carried: readonly CarriedAction[]): Promise<void> {
  if (carried.length === 0) return;
  await ops.run('handover/close-actions', { repId, ids: carried.map((c) => c.original.id) });
  for (const { original, carrier } of carried) {
    await ops.run('handover/create-carrier', { ...interactionRow(carrier), version: carrier.version, successorId });
    if (carrier.managerIds.length) await ops.run('handover/link-carrier-managers', { originalId: original.id, id: carrier.id, managerIds: [...carrier.managerIds] });
  }
}

/** The introductions a person made (as introducer), newest first: what a handover brief counts of their history. */
export async function introductionsMadeBy(read: GraphOperations, personId: string): Promise<Introduction[]> {
  return (await read.run('handover/introductions-made-by', { id: personId })).map(toIntroduction);
}

/** Employments current at `companyId` on `day`, by the rep's name (as employmentsByCompanyIds with currentOnly). */
export async function staffAt(read: GraphOperations, companyId: string, day: string): Promise<Employment[]> {
  return (await read.run('handover/staff-at', { companyId, today: day })).map(toEmployment);
}
