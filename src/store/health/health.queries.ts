import { type TrustOverride } from '@/domain/paths/effective-trust';
import { type Network } from '@/domain/paths/network';
import { relationshipKey } from '@/domain/relationship/relationship';
import { PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';
import { type Row } from '@/store/runner';

/**
 * The store side of relationship health (named queries under cypher/shared/health): trust overrides, and the
 * evidence around some people read into a Network, so that a tie's health is computed by the same code as warm paths.
 */

export interface StoredOverride extends TrustOverride {
  a: string;
  b: string;
}

const toOverride = (r: Row): StoredOverride => ({
  a: String(r.a), b: String(r.b), trust: Number(r.trust), note: r.note == null ? null : String(r.note), byId: String(r.byId), at: String(r.at),
});

export async function saveOverride(ops: GraphOperations, o: StoredOverride): Promise<void> {
  const key = relationshipKey(o.a, o.b);
  await ops.run('health/override-save', { id: key.id, a: key.a, b: key.b, trust: o.trust, note: o.note, byId: o.byId, at: o.at });
}

export async function deleteOverride(ops: GraphOperations, a: string, b: string): Promise<void> {
  const key = relationshipKey(a, b);
  await ops.run('health/override-delete', { id: key.id, a: key.a, b: key.b });
}

export async function overridesOf(ops: GraphOperations, ids: readonly string[]): Promise<StoredOverride[]> {
  if (ids.length === 0) return [];
  return (await ops.run('health/overrides-of', { ids: [...ids] })).map(toOverride);
}

export async function allOverrides(ops: GraphOperations): Promise<StoredOverride[]> {
  return (await ops.run('health/all-overrides')).map(toOverride);
}

/**
 * Reads into `network` everything the trust of each of `ids` with anyone depends on: their relationships, the
 * interactions, deals and introductions they took part in, the overrides of their ties, and the people at the other
 * ends (names and kinds). Six batched reads.
 */
export async function readTiesOf(ops: GraphOperations, network: Network, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const [ties, interactions, deals, introductions, overrides] = await Promise.all([
    ops.relationshipsByPersonIds(ids), ops.interactionsByPersonIds(ids), ops.dealsByPersonIds(ids), ops.introductionsByPersonIds(ids),
    overridesOf(ops, ids),
  ]);
  const others = new Set<string>(ids);
  for (const list of ties) for (const r of list) others.add(r.a).add(r.b);
  for (const list of introductions) for (const x of list) others.add(x.introducerId).add(x.introducedId).add(x.toManagerId);
  const people = await ops.peopleByIds([...others]);
  for (const p of people) {
    if (p) network.upsertPerson({ id: p.id, name: p.name, kind: p.kind === PersonKind.MANAGER ? 'MANAGER' : 'REP', team: 'team' in p ? (p.team ?? null) : null });
  }
  for (const list of ties) for (const r of list) network.upsertTie({ a: r.a, b: r.b, trust: r.trust, recordedAt: r.recordedAt, kind: r.kind, since: r.since });
  for (const list of interactions) {
    for (const i of list) {
      if (network.hasInteraction(i.id)) continue;
      network.upsertInteraction({
        id: i.id, at: i.at, atMillis: Date.parse(i.at), channel: i.channel, reaction: i.reaction, participants: [...i.managerIds, ...i.repIds],
      });
    }
  }
  for (const list of deals) {
    for (const d of list) {
      if (!network.hasDeal(d.id)) network.upsertDeal({ id: d.id, repId: d.repId, managerId: d.managerId, stage: d.stage, closedAt: d.closedAt, proposedAt: d.proposedAt });
    }
  }
  for (const list of introductions) for (const x of list) if (!network.introduction(x.id)) network.upsertIntroduction(x);
  for (const o of overrides) network.upsertOverride(o.a, o.b, { trust: o.trust, at: o.at, byId: o.byId, note: o.note });
}
