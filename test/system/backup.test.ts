/**
 * Backups while the service runs: `npm run export -- FILE --from URL` takes GET /snapshot of the running service;
 * the offline CLIs, refused by the directory lock, name that alternative (and the token mutations).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectProcess, graphql } from '../../bench/soak/processes';

const TOKEN = 'backup-admin-token-0123456789abcdef';
let dir: string;
let service: ProjectProcess;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tsunagu-backup-'));
  service = new ProjectProcess('src/main.ts', [], { DATA_DIR: join(dir, 'data'), PORT: '0', ADMIN_TOKEN: TOKEN });
  url = (await service.waitFor(/"url":"(http:[^"]+)"/, 120_000))[1];
  await graphql(url, TOKEN, 'mutation { createCompany(input: { id: "b1", name: "バックアップ" }) { id } }');
}, 180_000);
afterAll(async () => {
  service.kill9();
  await service.exited;
  rmSync(dir, { recursive: true, force: true });
});

it('npm run export --from the running service writes the snapshot (admin token from TSUNAGU_TOKEN)', async () => {
  const file = join(dir, 'backup.json');
  const exporter = new ProjectProcess('src/cli/export.ts', [file, '--from', url.replace('/graphql', '')], { TSUNAGU_TOKEN: TOKEN });
  expect((await exporter.exited).code).toBe(0);
  expect(JSON.parse(readFileSync(file, 'utf8')).companies).toEqual([expect.objectContaining({ id: 'b1', name: 'バックアップ' })]);
  const refused = new ProjectProcess('src/cli/export.ts', [join(dir, 'refused.json'), '--from', url], { TSUNAGU_TOKEN: 'not-the-admin-token' });
  expect((await refused.exited).code).toBe(1);
  expect(refused.output()).toMatch(/answered 401/);
}, 120_000);

it('npm run export, token and import on the running service\'s directory say what to use instead', async () => {
  const env = { DATA_DIR: join(dir, 'data') };
  const exporter = new ProjectProcess('src/cli/export.ts', [join(dir, 'x.json')], env);
  expect((await exporter.exited).code).toBe(1);
  expect(exporter.output()).toMatch(/in use by another Tsunagu process.*--from http:\/\/HOST:PORT/);
  const token = new ProjectProcess('src/cli/token.ts', ['list'], env);
  expect((await token.exited).code).toBe(1);
  expect(token.output()).toMatch(/in use by another Tsunagu process.*createApiToken/);
  writeFileSync(join(dir, 'small.json'), JSON.stringify({ version: 1, companies: [] }));
  const importer = new ProjectProcess('src/cli/import.ts', [join(dir, 'small.json')], env);
  expect((await importer.exited).code).toBe(1);
  expect(importer.output()).toMatch(/in use by another Tsunagu process.*importSnapshot\(snapshot: \$s\).*Nothing was written/);
  // the service was not disturbed
  expect((await graphql(url, TOKEN, '{ company(id: "b1") { name } }')).data).toEqual({ company: { name: 'バックアップ' } });
}, 120_000);
