import { Snapshot } from '@/domain/snapshot/snapshot';
import { Row } from '../runner';
import { importSteps } from '../snapshot-rows';

/**
 * Loading into an empty Kuzu graph: every list goes straight into its node or relationship table with COPY
 * (no staging, no MERGE: there is nothing to merge with), so a first load runs at COPY speed. The rows are the
 * same as the staged import's (`importSteps`); this only says which table each goes to and in which columns.
 * Relationship rows carry `from`/`to` (the primary keys of the two ends) first.
 */
export interface BulkTable {
  /** The import step the rows come from (progress is reported in these names on both paths). */
  step: string;
  table: string;
  rows: Row[];
}

export function bulkTables(snapshot: Snapshot, now: string): BulkTable[] {
  const steps = new Map(importSteps(snapshot).map((s) => [s.step, s.rows]));
  const of = (step: string): Row[] => steps.get(step) ?? [];
  const versioned = (rows: Row[]): Row[] => rows.map((r) => ({ ...r, version: 1 }));
  const tables: BulkTable[] = [
    { step: 'companies', table: 'Company', rows: versioned(of('companies')) },
    { step: 'people', table: 'Person', rows: versioned(of('people')) },
    { step: 'topics', table: 'Topic', rows: of('topics') },
    { step: 'expertise', table: 'EXPERT_IN', rows: of('expertise').map((r) => ({ from: r.personId, to: r.key })) },
    { step: 'interests', table: 'INTERESTED_IN', rows: of('interests').map((r) => ({ from: r.personId, to: r.key })) },
    { step: 'contracts', table: 'Contract', rows: versioned(of('contracts')) },
    { step: 'contracts', table: 'HAS_CONTRACT', rows: of('contracts').map((r) => ({ from: r.companyId, to: r.id })) },
    { step: 'employments', table: 'EMPLOYED_AT', rows: of('employments').map(({ repId, companyId, ...e }) => ({ from: repId, to: companyId, ...e })) },
    { step: 'portfolio', table: 'OWNS', rows: of('portfolio').map((r) => ({ from: r.managerId, to: r.companyId, since: r.since })) },
    {
      step: 'relationships',
      table: 'KNOWS',
      rows: of('relationships').map((r) => ({
        from: r.a, to: r.b, id: r.id, kind: r.kind, trust: r.trust, since: r.since, recordedAt: r.recordedAt ?? now, version: 1,
      })),
    },
    { step: 'reports-to', table: 'REPORTS_TO', rows: of('reports-to').map((r) => ({ from: r.repId, to: r.bossId })) },
    {
      step: 'introductions',
      table: 'INTRODUCED',
      rows: of('introductions').map((r) => ({ from: r.introducerId, to: r.introducedId, id: r.id, toManagerId: r.toManagerId, at: r.at, outcome: r.outcome })),
    },
    { step: 'interactions', table: 'Interaction', rows: versioned(of('interactions')) },
    { step: 'participations', table: 'PARTICIPATED_IN', rows: of('participations').map((r) => ({ from: r.personId, to: r.interactionId })) },
    { step: 'deals', table: 'Deal', rows: versioned(of('deals')) },
    { step: 'deals', table: 'DEAL_WITH', rows: of('deals').map((r) => ({ from: r.id, to: r.companyId })) },
    { step: 'deal-people', table: 'HANDLED', rows: of('deal-people').map((r) => ({ from: r.personId, to: r.dealId, role: r.role })) },
  ];
  return tables.filter((t) => t.rows.length > 0);
}
