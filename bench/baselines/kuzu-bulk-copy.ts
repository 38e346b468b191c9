/**
 * The import baseline on Kuzu: the same records loaded with Kuzu's bulk COPY FROM straight into the empty node and
 * relationship tables of the same schema, in one transaction: the engine's load ceiling on this machine, without
 * validation, staging tables or upserts. It runs in its own process (`runKuzuBulkCopy`): it holds the whole
 * snapshot in memory, which must not count against the benchmark process.
 *
 * Rows come from the project's own import rows (importSteps over the snapshot normalised as validateSnapshot's last
 * step does it, without the per-record checks; not timed), re-laid out as each target table's columns; relationship
 * files carry `from`/`to` keys. Only the COPY statements and the COMMIT are timed.
 */
import 'reflect-metadata';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuzu, { type Connection } from 'kuzu';
import { employmentId } from '@/domain/employment/employment';
import { introductionId } from '@/domain/introduction/introduction';
import { relationshipKey } from '@/domain/relationship/relationship';
import { IntroductionOutcome } from '@/domain/shared/enums';
import { SNAPSHOT_LISTS, Snapshot } from '@/domain/snapshot/snapshot';
import { companyFromInput } from '@/domain/company/company-from-input';
import { contractFromInput } from '@/domain/contract/contract-from-input';
import { dealFromInput } from '@/domain/deal/deal-from-input';
import { interactionFromInput } from '@/domain/interaction/interaction-from-input';
import { managerFromInput } from '@/domain/person/manager-from-input';
import { repFromInput } from '@/domain/person/rep-from-input';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { Row } from '@/store/runner';
import { importSteps } from '@/store/snapshot-rows';
import { runTs } from '../harness/child';

export interface BulkCopyResult {
  /** Records in the snapshot (the import's unit). */
  records: number;
  /** Rows written to node and relationship tables. */
  rows: number;
  /** The COPY statements and the COMMIT. */
  copyMs: number;
  /** Validation, row building and writing the files (not part of the baseline rate). */
  prepareMs: number;
  perTableMs: Record<string, number>;
  peakRssBytes?: number;
}

/** Target tables in load order (nodes before the relationships that point at them), each from its import step's rows. */
const TABLES: { table: string; step: string; row: (r: Row, now: string) => Row }[] = [
  { table: 'Company', step: 'companies', row: (r) => ({ ...r, version: 1 }) },
  { table: 'Person', step: 'people', row: (r) => ({ ...r, version: 1 }) },
  { table: 'Topic', step: 'topics', row: (r) => r },
  { table: 'Contract', step: 'contracts', row: (r) => ({ ...r, version: 1 }) },
  { table: 'Interaction', step: 'interactions', row: (r) => ({ ...r, version: 1 }) },
  { table: 'Deal', step: 'deals', row: (r) => ({ ...r, version: 1 }) },
  { table: 'EXPERT_IN', step: 'expertise', row: (r) => ({ from: r.personId, to: r.key }) },
  { table: 'INTERESTED_IN', step: 'interests', row: (r) => ({ from: r.personId, to: r.key }) },
  { table: 'HAS_CONTRACT', step: 'contracts', row: (r) => ({ from: r.companyId, to: r.id }) },
  { table: 'EMPLOYED_AT', step: 'employments', row: (r) => ({ from: r.repId, to: r.companyId, id: r.id, title: r.title, department: r.department, since: r.since, until: r.until }) },
  { table: 'OWNS', step: 'portfolio', row: (r) => ({ from: r.managerId, to: r.companyId, since: r.since }) },
  { table: 'KNOWS', step: 'relationships', row: (r, now) => ({ from: r.a, to: r.b, kind: r.kind, trust: r.trust, since: r.since, recordedAt: r.recordedAt ?? now, version: 1 }) },
  { table: 'REPORTS_TO', step: 'reports-to', row: (r) => ({ from: r.repId, to: r.bossId }) },
  { table: 'INTRODUCED', step: 'introductions', row: (r) => ({ from: r.introducerId, to: r.introducedId, id: r.id, toManagerId: r.toManagerId, at: r.at, outcome: r.outcome }) },
  { table: 'PARTICIPATED_IN', step: 'participations', row: (r) => ({ from: r.personId, to: r.interactionId }) },
  { table: 'DEAL_WITH', step: 'deals', row: (r) => ({ from: r.id, to: r.companyId }) },
  { table: 'HANDLED', step: 'deal-people', row: (r) => ({ from: r.personId, to: r.dealId, role: r.role }) },
];

type Raw = Record<string, never>;

/** A generated (valid) snapshot normalised like validateSnapshot's last step, without its checks. */
function normalise(input: Record<string, Raw[] | undefined>): Snapshot {
  const list = (name: string): Raw[] => input[name] ?? [];
  const str = (v: unknown): string | null => (v == null ? null : String(v));
  return {
    version: 1,
    companies: list('companies').map((r) => companyFromInput(r as never, String(r.id))),
    contracts: list('contracts').map((r) => contractFromInput(r as never, String(r.id))),
    managers: list('managers').map((r) => managerFromInput(r as never, String(r.id))),
    reps: list('reps').map((r) => repFromInput(r as never, String(r.id))),
    employments: list('employments').map((r) => ({
      id: employmentId(String(r.repId), String(r.companyId), str(r.since)), repId: String(r.repId), companyId: String(r.companyId),
      title: str(r.title), department: str(r.department), since: str(r.since), until: str(r.until),
    })),
    portfolio: list('portfolio').map((r) => ({ managerId: String(r.managerId), companyId: String(r.companyId), since: str(r.since) })),
    relationships: list('relationships').map((r) => ({
      ...relationshipKey(String(r.a), String(r.b)), trust: Number(r.trust), kind: r.kind ?? null, since: str(r.since), recordedAt: str(r.recordedAt),
    })),
    reportsTo: list('reportsTo').map((r) => ({ repId: String(r.repId), bossId: String(r.bossId) })),
    introductions: list('introductions').map((r) => ({
      id: introductionId(String(r.introducerId), String(r.introducedId), String(r.toManagerId)),
      introducerId: String(r.introducerId), introducedId: String(r.introducedId), toManagerId: String(r.toManagerId),
      at: str(r.at), outcome: (r.outcome as IntroductionOutcome) ?? IntroductionOutcome.PENDING,
    })),
    interactions: list('interactions').map((r) => interactionFromInput(r as never, String(r.id))),
    deals: list('deals').map((r) => dealFromInput(r as never, String(r.id))),
  };
}

async function statement(conn: Connection, text: string): Promise<void> {
  const result = await conn.query(text);
  const all = Array.isArray(result) ? result : [result];
  for (const r of all) await r.getAll();
  for (const r of all) r.close();
}

async function bulkCopy(file: string): Promise<BulkCopyResult> {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-copy-'));
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Raw[] | undefined>;
    const parsed = performance.now();
    // The schema, by the store's own migrations; then the store is closed and Kuzu is driven directly.
    const store = await KuzuStore.open({ dataDir: join(dir, 'db') });
    await store.close();
    const records = SNAPSHOT_LISTS.reduce((n, l) => n + (raw[l]?.length ?? 0), 0);
    const steps = new Map(importSteps(normalise(raw)).map((s) => [s.step, s.rows]));
    const now = new Date().toISOString();
    const files = join(dir, 'files');
    mkdirSync(files);
    let rows = 0;
    const plan = TABLES.map(({ table, step, row }) => {
      const data = (steps.get(step) ?? []).map((r) => {
        const { rowId: _r, ...rest } = row(r, now);
        return JSON.stringify(rest);
      });
      rows += data.length;
      const path = join(files, `${table}.ndjson`);
      writeFileSync(path, data.join('\n'));
      return { table, path, n: data.length };
    });
    const prepareMs = performance.now() - parsed;

    const db = new kuzu.Database(join(dir, 'db', 'graph.kuzu'));
    const conn = new kuzu.Connection(db);
    const perTableMs: Record<string, number> = {};
    const t0 = performance.now();
    await statement(conn, 'BEGIN TRANSACTION');
    for (const { table, path, n } of plan) {
      if (n === 0) continue;
      const t = performance.now();
      await statement(conn, `COPY ${table} FROM '${path}' (file_format = 'json')`);
      perTableMs[table] = Math.round(performance.now() - t);
    }
    const tc = performance.now();
    await statement(conn, 'COMMIT');
    perTableMs.COMMIT = Math.round(performance.now() - tc);
    const copyMs = performance.now() - t0;
    await conn.close();
    await db.close();
    return { records, rows, copyMs, prepareMs, perTableMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the baseline in its own process and returns its figures. */
export async function kuzuBulkCopyBaseline(file: string, log: (line: string) => void = () => undefined): Promise<BulkCopyResult> {
  const run = await runTs(__filename, [file], { env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=16384`.trim() } });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.code !== 0 || !line.startsWith('{')) throw new Error(`the Kuzu bulk COPY baseline failed (exit ${run.code ?? run.signal})`);
  const result = { ...(JSON.parse(line) as BulkCopyResult), peakRssBytes: run.peakRssBytes };
  log(`Kuzu bulk COPY: ${result.rows} rows (${result.records} records) in ${(result.copyMs / 1000).toFixed(1)} s: ${JSON.stringify(result.perTableMs)}`);
  return result;
}

if (require.main === module) {
  bulkCopy(process.argv[2]).then(
    (r) => {
      process.stdout.write(`${JSON.stringify(r)}\n`);
      process.exit(0);
    },
    (e: unknown) => {
      process.stderr.write(`kuzu-bulk-copy: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
