import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig } from '@/config';
import { type RunningServer, startServer } from '@/server';
import { describeEachEngine } from '../helpers/engines';
import { sampleSnapshot } from '../helpers/sample-snapshot';

// test-lanes: whole (codegen writes examples/frontend/src/gql, which both engines' halves import)
// examples/frontend: GraphQL Code Generator (client preset) makes its types from schema.graphql, offline; then tsc
// type-checks it. A schema change that breaks the example client (a field it reads removed or retyped, a required
// input field it leaves out) fails here. Then its operations run over HTTP against the service on each engine.
const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'frontend');
const ADMIN_TOKEN = 'example-admin-token-0123456789abcdef';

function run(script: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', script), ...args], { cwd: EXAMPLE, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

interface Endpoint {
  url: string;
  token: string;
}
/** What the test calls of examples/frontend/src/operations.ts (imported by path: its types exist only after codegen). */
interface Operations {
  warmPaths(endpoint: Endpoint, to: string, from?: string): Promise<{ chain: string }[]>;
  keyPersons(endpoint: Endpoint, companyId: string): Promise<string[]>;
  companies(endpoint: Endpoint, pageSize: number): AsyncIterable<{ id: string }[]>;
  createThenRename(endpoint: Endpoint, company: { id: string; name: string }, patch: { industry: string }): Promise<unknown>;
}
let operations: Operations;

beforeAll(() => {
  const generated = run('@graphql-codegen/cli/esm/bin.js', ['--config', 'codegen.ts']);
  if (generated.status !== 0) throw new Error(`graphql-codegen failed:\n${generated.output}`);
}, 240_000);

it('type-checks against the types generated from schema.graphql', () => {
  const checked = run('typescript/bin/tsc', ['-p', '.']);
  expect(checked.output.trim()).toBe('');
  expect(checked.status).toBe(0);
}, 240_000);

describeEachEngine('the example frontend client', (store) => {
  let server: RunningServer;
  let endpoint: Endpoint;
  beforeAll(async () => {
    operations = (await import(join(EXAMPLE, 'src', 'operations'))) as Operations;
    server = await startServer(loadConfig({ DATA_DIR: '/unused', PORT: '0', ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '100000' }), store());
    endpoint = { url: server.url, token: ADMIN_TOKEN };
    const imported = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: 'mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', variables: { s: sampleSnapshot() } }),
    });
    expect(((await imported.json()) as { data: { importSnapshot: { total: number } } }).data.importSnapshot.total).toBe(16);
  });
  afterAll(() => server?.stop());

  it('runs the warm paths, key persons and a page of companies queries', async () => {
    const paths = await operations.warmPaths(endpoint, 'r2', 'm1');
    expect(paths[0].chain).toBe('佐藤 花子 → 田中 太郎 (株式会社サンプル) → 中村 大輔 (株式会社サンプル)');
    const people = await operations.keyPersons(endpoint, 'c1');
    expect(people[0]).toMatch(/^1\. 田中 太郎 /);
    const pages: string[][] = [];
    for await (const page of operations.companies(endpoint, 1)) pages.push(page.map((c) => c.id));
    expect(pages.flat().sort()).toEqual(['c1', 'c2']);
    expect(pages).toHaveLength(2);
  });

  it('creates with the required fields and updates with a patch', async () => {
    const renamed = await operations.createThenRename(endpoint, { id: 'example-1', name: 'ベータ商事' }, { industry: 'IT' });
    expect(renamed).toEqual({ id: 'example-1', name: 'ベータ商事', industry: 'IT', version: 2 });
  });
});
