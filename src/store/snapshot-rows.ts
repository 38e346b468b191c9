import { Snapshot } from '@/domain/snapshot/snapshot';
import { PersonKind } from '@/domain/shared/enums';
import { companyParams, interactionParams, personParams, topicKey } from './graph-operations';
import { Row } from './runner';

/**
 * A validated snapshot as the rows of each bulk import step, in the order they are written.
 * Both engines write these rows; their `cypher/<engine>/import/<step>.cypher` files differ only in how rows
 * arrive (Neo4j: `UNWIND $rows`; Kuzu: a staging table filled by COPY, so column types come from the schema).
 */
export interface ImportStep {
  step: string;
  rows: Row[];
}

export function importSteps(s: Snapshot): ImportStep[] {
  const reps = s.reps ?? [];
  const people = [...(s.managers ?? []), ...reps];
  const topicRows = new Map<string, string>();
  const links = (names: (r: (typeof reps)[number]) => string[]): Row[] =>
    reps.flatMap((r) =>
      [...new Set(names(r).map(topicKey))].map((key) => {
        if (!topicRows.has(key)) topicRows.set(key, names(r).find((n) => topicKey(n) === key)!);
        return { rowId: `${r.id}|${key}`, personId: r.id, key };
      }),
    );
  const expertise = links((r) => r.expertise);
  const interests = links((r) => r.interests);
  const interactions = s.interactions ?? [];
  const deals = s.deals ?? [];
  const rowIdOf = (...parts: string[]): string => parts.join('|');
  return [
    { step: 'companies', rows: (s.companies ?? []).map((c) => stripVersion(companyParams({ ...c, version: 0 }))) },
    { step: 'clear-person-topics', rows: reps.map((r) => ({ id: r.id })) },
    { step: 'people', rows: people.map((p) => stripVersion(personParams({ ...p, version: 0 }))) },
    { step: 'topics', rows: [...topicRows].map(([key, name]) => ({ key, name })) },
    { step: 'expertise', rows: expertise },
    { step: 'interests', rows: interests },
    { step: 'clear-contract-company', rows: (s.contracts ?? []).map((k) => ({ id: k.id })) },
    { step: 'contracts', rows: (s.contracts ?? []).map((k) => stripVersion({ ...k, version: 0 })) },
    { step: 'employments', rows: (s.employments ?? []).map((e) => ({ ...e })) },
    { step: 'portfolio', rows: (s.portfolio ?? []).map((p) => ({ rowId: rowIdOf(p.managerId, p.companyId), ...p })) },
    { step: 'relationships', rows: (s.relationships ?? []).map((r) => stripVersion({ ...r, version: 0 })) },
    { step: 'reports-to', rows: (s.reportsTo ?? []).map((r) => ({ rowId: rowIdOf(r.repId, r.bossId), ...r })) },
    { step: 'introductions', rows: (s.introductions ?? []).map((i) => ({ ...i })) },
    { step: 'clear-participations', rows: interactions.map((i) => ({ id: i.id })) },
    { step: 'interactions', rows: interactions.map((i) => stripVersion(interactionParams({ ...i, version: 0 }))) },
    {
      step: 'participations',
      rows: interactions.flatMap((i) =>
        [...new Set([...i.managerIds, ...i.repIds])].map((personId) => ({ rowId: rowIdOf(i.id, personId), personId, interactionId: i.id })),
      ),
    },
    { step: 'clear-deal-links', rows: deals.map((d) => ({ id: d.id })) },
    { step: 'clear-deal-company', rows: deals.map((d) => ({ id: d.id })) },
    { step: 'deals', rows: deals.map((d) => stripVersion({ ...d, productKey: topicKey(d.product), version: 0 })) },
    {
      step: 'deal-people',
      rows: deals.flatMap((d) => [
        ...(d.repId ? [{ rowId: rowIdOf(d.id, d.repId, PersonKind.REP), personId: d.repId, dealId: d.id, role: PersonKind.REP }] : []),
        ...(d.managerId ? [{ rowId: rowIdOf(d.id, d.managerId, PersonKind.MANAGER), personId: d.managerId, dealId: d.id, role: PersonKind.MANAGER }] : []),
      ]),
    },
  ].filter((s) => s.rows.length > 0);
}

/** Imports bump versions themselves (`coalesce(version, 0) + 1`), so rows carry none. */
function stripVersion(row: Row): Row {
  const { version: _v, ...rest } = row;
  return rest;
}

