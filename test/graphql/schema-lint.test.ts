import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_FILE } from '@/graphql/print-schema';

// graphql-schema-linter with the rules in .graphql-schema-linterrc (Relay connections and PageInfo, descriptions on
// every type, field, argument and enum value, naming). `npx graphql-schema-linter` runs the same check by hand.
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'node_modules', 'graphql-schema-linter', 'lib', 'cli.js');

interface LintError {
  message: string;
  rule: string;
}

function lint(sdl: string): LintError[] {
  const run = spawnSync(process.execPath, [CLI, '--stdin', '--format', 'json', '--config-directory', ROOT], { input: sdl, encoding: 'utf8' });
  return (JSON.parse(run.stdout) as { errors: LintError[] }).errors;
}

it('schema.graphql passes graphql-schema-linter with no errors', () => {
  expect(lint(readFileSync(SCHEMA_FILE, 'utf8')).map((e) => `${e.rule}: ${e.message}`)).toEqual([]);
});

it('the linter catches a missing description and a PageInfo Relay refuses (so the check above can fail)', () => {
  const broken = readFileSync(SCHEMA_FILE, 'utf8')
    .replace(/"""Whether rows follow this page"""\n\s*hasNextPage/, 'hasNextPage')
    .replace(/\n\s*"""[^"]*"""\n\s*hasPreviousPage: Boolean!/, '');
  expect(lint(broken).map((e) => e.rule).sort()).toEqual(['fields-have-descriptions', 'relay-page-info-spec']);
});
