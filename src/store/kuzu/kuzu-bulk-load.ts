import { type Snapshot, type SnapshotList } from '@/domain/snapshot/snapshot';
import { PersonKind } from '@/domain/shared/enums';
import { companyRow } from '../columns/company';
import { contractRow } from '../columns/contract';
import { dealRow, topicKey } from '../columns/deal';
import { employmentRow, introductionRow } from '../columns/edges';
import { revenueTargetRow, strategyChangeRow, trustOverrideRow } from '../columns/health-kpis';
import { interactionRow } from '../columns/interaction';
import { personRow } from '../columns/person';
import { type Row } from '../runner';
import { type SnapshotFeed } from '../snapshot-feed';

/**
 * Loading into an empty Kuzu graph: every list goes straight into its node or relationship table with COPY
 * (no staging, no MERGE: there is nothing to merge with), so a first load runs at COPY speed. The rows are the
 * same as the staged import's (`importSteps` in ../snapshot-rows.ts: test/store/kuzu-bulk-load.test.ts compares
 * them), built by the same functions (src/store/columns/); this says which table each goes to and in which columns. Relationship rows carry `from`/`to` (the primary
 * keys of the two ends) first.
 *
 * Each table waits only for the lists it is made of (`load()`), so its COPY can run while later lists are still
 * being checked (see SnapshotFeed); tables come in the feed's order (FEED_ORDER), so none waits behind a later list. Rows are built once each, straight from the snapshot, and only when their
 * table's file is written (`rows()`), so a 1.5-million-record snapshot never has all its rows in memory at once.
 */
export interface BulkTable {
  /** The import step the rows come from (progress is reported in these names on both paths). */
  step: string;
  table: string;
  /** Waits for the lists the table is made of; then how many rows `rows()` gives, and the rows. */
  load: () => Promise<BulkRows>;
}

export interface BulkRows {
  count: number;
  rows: () => Iterable<Row>;
}

type Rep = NonNullable<Snapshot['reps']>[number];

/** The row builders return fresh objects: a first import writes version 1 into them (no copy). */
function versioned(row: Row): Row {
  row.version = 1;
  return row;
}

/** Topics and the links of reps to them, as importSteps makes them (small rows, built at once). */
function topicTables(reps: readonly Rep[]): { topics: Row[]; expertise: Row[]; interests: Row[] } {
  const topicNames = new Map<string, string>();
  const links = (names: (r: Rep) => string[]): Row[] => {
    const rows: Row[] = [];
    for (const r of reps) {
      const list = names(r);
      for (const key of new Set(list.map(topicKey))) {
        if (!topicNames.has(key)) topicNames.set(key, list.find((n) => topicKey(n) === key)!);
        rows.push({ from: r.id, to: key });
      }
    }
    return rows;
  };
  const expertise = links((r) => r.expertise);
  const interests = links((r) => r.interests);
  return { topics: [...topicNames].map(([key, name]) => ({ key, name })), expertise, interests };
}

export function bulkTables(feed: SnapshotFeed, now: string): BulkTable[] {
  const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
    let made: Promise<T> | undefined;
    return () => (made ??= make());
  };
  const topics = once(async () => topicTables(await feed.list('reps')));
  // Into an empty graph every person a link may reach is in the snapshot; a deal or interaction also names deleted
  // people (deletedPeople), who get no link (the delete removed theirs): COPY would refuse a link to no one.
  const live = once(async () => new Set([...(await feed.list('managers')), ...(await feed.list('reps'))].map((p) => p.id)));
  const all = (rows: Row[]): BulkRows => ({ count: rows.length, rows: () => rows });
  const table = <K extends SnapshotList>(step: string, name: string, list: K, row: (x: NonNullable<Snapshot[K]>[number]) => Row): BulkTable => ({
    step,
    table: name,
    load: async () => {
      const records = await feed.list(list);
      return {
        count: records.length,
        *rows() {
          for (const x of records) yield row(x);
        },
      };
    },
  });
  return [
    table('companies', 'Company', 'companies', (c) => versioned(companyRow(c))),
    {
      step: 'people',
      table: 'Person',
      load: async () => {
        const managers = await feed.list('managers');
        const reps = await feed.list('reps');
        return {
          count: managers.length + reps.length,
          *rows() {
            for (const p of managers) yield versioned(personRow(p));
            for (const p of reps) yield versioned(personRow(p));
          },
        };
      },
    },
    { step: 'topics', table: 'Topic', load: async () => all((await topics()).topics) },
    { step: 'expertise', table: 'EXPERT_IN', load: async () => all((await topics()).expertise) },
    { step: 'interests', table: 'INTERESTED_IN', load: async () => all((await topics()).interests) },
    // KNOWS' rows as a literal, not a spread of relationshipRow: a spread costs several times more per row (1.5M rows).
    // KNOWS.id stays empty: a tie's id is made from its ends when read (toRelationship); a long unique string per
    // edge cost ~40 % of the KNOWS COPY. The column stays: dropping it (ALTER TABLE KNOWS DROP id) makes Kuzu
    // 0.11.3 segfault on the next write to KNOWS.
    table('relationships', 'KNOWS', 'relationships', (r) => ({
      from: r.a, to: r.b, kind: r.kind, trust: r.trust, since: r.since, recordedAt: r.recordedAt ?? now, version: 1,
    })),
    table('employments', 'EMPLOYED_AT', 'employments', (e) => {
      const { repId, companyId, ...rest } = employmentRow(e);
      return { from: repId, to: companyId, ...rest };
    }),
    table('contracts', 'Contract', 'contracts', (k) => versioned(contractRow(k))),
    table('contracts', 'HAS_CONTRACT', 'contracts', (k) => ({ from: k.companyId, to: k.id })),
    table('portfolio', 'OWNS', 'portfolio', (p) => ({ from: p.managerId, to: p.companyId, since: p.since })),
    table('reports-to', 'REPORTS_TO', 'reportsTo', (r) => ({ from: r.repId, to: r.bossId })),
    table('introductions', 'INTRODUCED', 'introductions', (i) => {
      const { introducerId, introducedId, ...rest } = introductionRow(i);
      return { from: introducerId, to: introducedId, ...rest };
    }),
    table('interactions', 'Interaction', 'interactions', (i) => versioned(interactionRow(i))),
    {
      step: 'participations',
      table: 'PARTICIPATED_IN',
      load: async () => {
        const interactions = await feed.list('interactions');
        const people = await live();
        let count = 0;
        for (const i of interactions) for (const personId of new Set([...i.managerIds, ...i.repIds])) if (people.has(personId)) count++;
        return {
          count,
          *rows() {
            for (const i of interactions) for (const personId of new Set([...i.managerIds, ...i.repIds])) if (people.has(personId)) yield { from: personId, to: i.id };
          },
        };
      },
    },
    table('deals', 'Deal', 'deals', (d) => versioned(dealRow(d))),
    table('deals', 'DEAL_WITH', 'deals', (d) => ({ from: d.id, to: d.companyId })),
    {
      step: 'deal-people',
      table: 'HANDLED',
      load: async () => {
        const deals = await feed.list('deals');
        const people = await live();
        const handled = (id: string | null): id is string => !!id && people.has(id);
        let count = 0;
        for (const d of deals) count += (handled(d.repId) ? 1 : 0) + (handled(d.managerId) ? 1 : 0);
        return {
          count,
          *rows() {
            for (const d of deals) {
              if (handled(d.repId)) yield { from: d.repId, to: d.id, role: PersonKind.REP };
              if (handled(d.managerId)) yield { from: d.managerId, to: d.id, role: PersonKind.MANAGER };
            }
          },
        };
      },
    },
    table('trust-overrides', 'TrustOverride', 'trustOverrides', (o) => ({ ...trustOverrideRow(o), at: o.at ?? now })),
    table('revenue-targets', 'RevenueTarget', 'revenueTargets', (t) => ({ ...revenueTargetRow(t), setAt: t.setAt ?? now })),
    table('strategy-changes', 'StrategyChange', 'strategyChanges', strategyChangeRow),
  ];
}
