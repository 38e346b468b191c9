import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { getSchema } from '@/graphql/schema';

export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');

export async function emittedSchema(): Promise<string> {
  return `${printSchema(await getSchema())}\n`;
}

/** `npm run schema` writes schema.graphql; `npm run schema:check` fails when the committed file is stale. */
async function main(): Promise<number> {
  const text = await emittedSchema();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (committed !== text) {
      process.stderr.write('schema.graphql is stale: run `npm run schema` and commit it\n');
      return 1;
    }
    process.stdout.write('schema.graphql is up to date\n');
    return 0;
  }
  writeFileSync(SCHEMA_FILE, text);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  return 0;
}

if (require.main === module) {
  main().then((code) => process.exit(code), (e) => {
    process.stderr.write(`schema: ${(e as Error).stack}\n`);
    process.exit(1);
  });
}
