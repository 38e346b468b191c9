import { type Snapshot } from '@/domain/snapshot/snapshot';
import { PersonKind } from '@/domain/shared/enums';
import { companyRow } from './columns/company';
import { contractRow } from './columns/contract';
import { dealRow, topicKey } from './columns/deal';
import { employmentRow, introductionRow, portfolioRow, relationshipRow } from './columns/edges';
import { revenueTargetRow, strategyChangeRow, trustOverrideRow } from './columns/health-kpis';
import { interactionRow } from './columns/interaction';
import { personRow } from './columns/person';
import { type Row } from './runner';

/**
 * A validated snapshot as the rows of each bulk import step, in the order they are written.
 * Both engines write these rows with the query `cypher/shared/import/<step>.cypher`, which the query library starts
 * with how rows arrive (Neo4j: `UNWIND $rows`; Kuzu: a staging table filled by COPY, so column types come from the
 * schema). A record's row is the one its save writes (src/store/columns/), without the version: imports bump
 * versions themselves (`coalesce(version, 0) + 1`).
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
  // deals and interactions keep naming deleted people; those get no link (their delete removed it)
  const gone = new Set((s.deletedPeople ?? []).map((d) => d.id));
  const linked = (id: string | null): id is string => !!id && !gone.has(id);
  const rowIdOf = (...parts: string[]): string => parts.join('|');
  return [
    { step: 'companies', rows: (s.companies ?? []).map((c) => companyRow(c)) },
    { step: 'clear-person-topics', rows: reps.map((r) => ({ id: r.id })) },
    { step: 'people', rows: people.map((p) => personRow(p)) },
    { step: 'topics', rows: [...topicRows].map(([key, name]) => ({ key, name })) },
    { step: 'expertise', rows: expertise },
    { step: 'interests', rows: interests },
    { step: 'clear-contract-company', rows: (s.contracts ?? []).map((k) => ({ id: k.id })) },
    { step: 'contracts', rows: (s.contracts ?? []).map(contractRow) },
    { step: 'employments', rows: (s.employments ?? []).map(employmentRow) },
    { step: 'portfolio', rows: (s.portfolio ?? []).map((p) => ({ rowId: rowIdOf(p.managerId, p.companyId), ...portfolioRow(p) })) },
    { step: 'relationships', rows: (s.relationships ?? []).map(relationshipRow) },
    { step: 'reports-to', rows: (s.reportsTo ?? []).map((r) => ({ rowId: rowIdOf(r.repId, r.bossId), repId: r.repId, bossId: r.bossId })) },
    { step: 'introductions', rows: (s.introductions ?? []).map(introductionRow) },
    { step: 'clear-participations', rows: interactions.map((i) => ({ id: i.id })) },
    { step: 'interactions', rows: interactions.map(interactionRow) },
    {
      step: 'participations',
      rows: interactions.flatMap((i) =>
        [...new Set([...i.managerIds, ...i.repIds])].filter(linked).map((personId) => ({ rowId: rowIdOf(i.id, personId), personId, interactionId: i.id })),
      ),
    },
    { step: 'clear-deal-links', rows: deals.map((d) => ({ id: d.id })) },
    { step: 'clear-deal-company', rows: deals.map((d) => ({ id: d.id })) },
    { step: 'deals', rows: deals.map(dealRow) },
    {
      step: 'deal-people',
      rows: deals.flatMap((d) => [
        ...(linked(d.repId) ? [{ rowId: rowIdOf(d.id, d.repId, PersonKind.REP), personId: d.repId, dealId: d.id, role: PersonKind.REP }] : []),
        ...(linked(d.managerId) ? [{ rowId: rowIdOf(d.id, d.managerId, PersonKind.MANAGER), personId: d.managerId, dealId: d.id, role: PersonKind.MANAGER }] : []),
      ]),
    },
    { step: 'trust-overrides', rows: (s.trustOverrides ?? []).map(trustOverrideRow) },
    { step: 'revenue-targets', rows: (s.revenueTargets ?? []).map(revenueTargetRow) },
    { step: 'strategy-changes', rows: (s.strategyChanges ?? []).map(strategyChangeRow) },
  ].filter((s) => s.rows.length > 0);
}
