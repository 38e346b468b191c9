import { SNAPSHOT_LISTS, type SnapshotList } from '@/domain/snapshot/snapshot';
import { type ImportProgress } from './graph-store';

/**
 * The snapshot lists whose records each import step (or Kuzu bulk table's step) writes. Every step of importSteps,
 * neo4jImportSteps and bulkTables must be here (test/store/import-progress.test.ts checks).
 */
export const STEP_LISTS: Record<string, SnapshotList[]> = {
  companies: ['companies'],
  people: ['managers', 'reps'],
  'clear-person-topics': ['reps'],
  topics: ['reps'],
  expertise: ['reps'],
  interests: ['reps'],
  'clear-contract-company': ['contracts'],
  contracts: ['contracts'],
  employments: ['employments'],
  portfolio: ['portfolio'],
  relationships: ['relationships'],
  'reports-to': ['reportsTo'],
  introductions: ['introductions'],
  interactions: ['interactions'],
  'clear-participations': ['interactions'],
  participations: ['interactions'],
  'clear-deal-links': ['deals'],
  'clear-deal-company': ['deals'],
  deals: ['deals'],
  'deal-people': ['deals'],
  'trust-overrides': ['trustOverrides'],
  'revenue-targets': ['revenueTargets'],
  'strategy-changes': ['strategyChanges'],
  // Neo4j's folded steps (neo4j/neo4j-import-steps.ts)
  'batched/people-topics': ['managers', 'reps'],
  'batched/interactions-people': ['interactions'],
  'batched/deals-links': ['deals'],
};

/**
 * Import progress in the snapshot's own unit, records: a list's records count as written once the last step that
 * writes them is done (a step part-way through counts its share). Both engines and both Kuzu paths report this way.
 */
export class ImportProgressCounter {
  private readonly credit: number[];
  private readonly total: number;
  private done = 0;

  constructor(private readonly steps: string[], counts: Record<SnapshotList, number>, private readonly onProgress?: (p: ImportProgress) => void) {
    this.credit = steps.map(() => 0);
    this.total = 0;
    for (const list of SNAPSHOT_LISTS) {
      const n = counts[list] ?? 0;
      this.total += n;
      let last = -1;
      steps.forEach((s, i) => { if (STEP_LISTS[s]?.includes(list)) last = i; });
      if (last < 0) last = steps.length - 1; // a list no step names (none today): counted at the end
      if (last >= 0) this.credit[last] += n;
    }
  }

  /** Step i is written (all of it). */
  written(i: number): void {
    this.done += this.credit[i];
    this.onProgress?.({ list: this.steps[i], done: this.done, total: this.total });
  }

  /** Step i is written up to `fraction` (0..1); `written(i)` still follows. */
  partly(i: number, fraction: number): void {
    this.onProgress?.({ list: this.steps[i], done: this.done + Math.floor(this.credit[i] * fraction), total: this.total });
  }
}
