import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '@/config';
import { createStore } from '@/store/create-store';
import { exportSnapshot } from '@/store/snapshot-export';

/** npm run export -- FILE: the whole graph as a snapshot that `import` reads back to the same graph. */
async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run export -- FILE.json\n');
    return 2;
  }
  const store = await createStore(loadConfig());
  try {
    const snapshot = await exportSnapshot(store.read);
    writeFileSync(file, `${JSON.stringify(snapshot, null, 1)}\n`);
    const n = Object.values(snapshot).filter(Array.isArray).reduce((s: number, l) => s + (l as unknown[]).length, 0);
    process.stdout.write(`exported ${n} records to ${file}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

main().then((code) => process.exit(code), (e) => {
  process.stderr.write(`export: ${(e as Error).message}\n`);
  process.exit(1);
});
