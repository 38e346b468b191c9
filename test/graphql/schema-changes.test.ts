import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { SCHEMA_FILE } from '@/graphql/print-schema';

// Change discipline: what broke since the last release (schema/released.graphql) must be listed in CHANGELOG.md,
// under "Unreleased", by its path in backticks (e.g. `Mutation.createCompany.input`).
const ROOT = join(__dirname, '..', '..');
const RELEASED = readFileSync(join(ROOT, 'schema', 'released.graphql'), 'utf8');
const CHANGELOG = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');

/** The "## Unreleased" section of the changelog, up to the next release heading. */
function unreleased(changelog: string): string {
  const start = changelog.indexOf('\n## Unreleased');
  if (start < 0) return '';
  const next = changelog.indexOf('\n## ', start + 1);
  return changelog.slice(start, next < 0 ? undefined : next);
}

async function unlistedBreakingChanges(released: string, current: string, changelog: string): Promise<Change[]> {
  const listed = unreleased(changelog);
  const changes = await diff(buildSchema(released), buildSchema(current));
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking && !listed.includes(`\`${c.path}\``));
}

it('every breaking change since the last release is listed in CHANGELOG.md', async () => {
  const unlisted = await unlistedBreakingChanges(RELEASED, readFileSync(SCHEMA_FILE, 'utf8'), CHANGELOG);
  expect(unlisted.map((c) => `${c.path}: ${c.message}`)).toEqual([]);
});

it('a removed field or a narrowed type that the changelog does not list is reported', async () => {
  const current = readFileSync(SCHEMA_FILE, 'utf8')
    .replace(/(type Rep [^{]*\{[\s\S]*?)\n\s*"""[^"]*"""\n\s*nameKana: String\n/, '$1\n') // Rep.nameKana removed
    .replace(/(input CompanyFilter \{[^}]*industry: String)\n/, '$1!\n'); // an input field narrowed to non-null
  const unlisted = await unlistedBreakingChanges(RELEASED, current, CHANGELOG);
  expect(unlisted.map((c) => c.path).sort()).toEqual(['CompanyFilter.industry', 'Rep.nameKana']);
  // listing them under Unreleased is what lets them pass
  const listed = CHANGELOG.replace('## Unreleased\n', '## Unreleased\n- `Rep.nameKana` removed; `CompanyFilter.industry` required\n');
  expect(await unlistedBreakingChanges(RELEASED, current, listed)).toEqual([]);
});
