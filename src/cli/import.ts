import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadConfig } from '@/config';
import { createStore } from '@/store/create-store';
import { importSnapshot } from '@/wiring/snapshot';
import { faults, problemPath } from '@/app/snapshot/import-snapshot';
import { InvalidInput } from '@/app/errors';
import { StoreLockedError } from '@/store/store-errors';

/** npm run import -- FILE: validates and loads a snapshot into the configured engine, all or nothing. */
async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run import -- FILE.json\n');
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    process.stderr.write(`import: cannot read ${file} as JSON: ${(e as Error).message}\n`);
    return 1;
  }
  let store;
  try {
    store = await createStore(loadConfig());
  } catch (e) {
    if (e instanceof StoreLockedError) {
      process.stderr.write(
        `import: ${e.message}. Stop the service first, or import through it as an admin: ` +
          'mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } } (README, "Snapshots"; a request body may be ' +
          'at most MAX_BODY_BYTES, 1 MiB by default: for a larger snapshot raise it, or stop the service). Nothing was written\n',
      );
      return 1;
    }
    throw e;
  }
  try {
    let last = 0;
    let lastList = '';
    process.stderr.write('import: checking and writing…\n');
    const result = await importSnapshot(store, raw, (p) => {
      const now = Date.now();
      if (now - last > 500 || p.list !== lastList || p.done === p.total) {
        last = now;
        lastList = p.list;
        process.stderr.write(`\rimport: ${p.done}/${p.total} records (${p.list} written)        `);
      }
    });
    process.stderr.write('\n');
    const rate = Math.round(result.total / Math.max(result.durationMs / 1000, 0.001));
    // deleted people are remembered (their ids never given again), not records: said apart from the total
    const given = (raw as { deletedPeople?: unknown }).deletedPeople;
    const deleted = Array.isArray(given) && given.length ? `${given.length} deleted ${given.length === 1 ? 'person' : 'people'} remembered (deletedPeople)` : '';
    const lists = result.counts.filter((c) => c.count).map((c) => `${c.list} ${c.count}`).join(', ');
    const what = [lists, deleted].filter(Boolean).join('; ');
    process.stdout.write(`imported ${result.total} records in ${(result.durationMs / 1000).toFixed(1)} s (${rate} records/s)${what ? `: ${what}` : ''}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InvalidInput && Array.isArray(e.details.records)) {
      const records = e.details.records as { list: string; index: number; field: string; reason: string }[];
      process.stderr.write(`import: rejected, nothing was written. ${faults(records)}:\n`);
      // a list or the snapshot itself (index -1) by its path: `reps: must be a list`
      for (const r of records) process.stderr.write(r.index < 0 ? `  ${problemPath(r)}: ${r.reason}\n` : `  ${r.list}[${r.index}] ${r.field}: ${r.reason}\n`);
      return 1;
    }
    // said before the store closes: closing checkpoints, and should that crash, the cause is still on record
    process.stderr.write(`\nimport: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

main().then((code) => process.exit(code), (e) => {
  process.stderr.write(`import: ${(e as Error).message}\n`);
  process.exit(1);
});
