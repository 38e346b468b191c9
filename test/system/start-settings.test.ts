import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, output, run } from '../helpers/process';

/** The service refuses at start, with a clear message and exit code 1, a setting it could never use (src/config.ts). */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsunagu-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it.each([
  [{ ADMIN_TOKEN: 'has a space in it 0123456789abcdef' }, /^tsunagu: ADMIN_TOKEN must be 32 to 4096 characters .*; character 4 is not one of those \(a space\)$/m],
  [{ ADMIN_TOKEN: 'abcdefgh' }, /^tsunagu: ADMIN_TOKEN must be 32 to 4096 characters .*; it has 8 \(too short/m],
  [{ PORT: '' }, /^tsunagu: PORT is set but empty: give it a value, or unset it \(4000; allowed: a whole number from 0 to 65535\)$/m],
])('refuses %j at start', async (env, message) => {
  const child = run('src/main.ts', [], { DATA_DIR: join(dir, 'data'), PORT: '0', ...env });
  const out = output(child);
  // a service that started anyway is stopped, so that the test fails rather than hangs
  const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
  const end = await exited(child);
  clearTimeout(timer);
  expect(out()).not.toContain('serving GraphQL');
  expect(end.code).toBe(1);
  expect(out()).toMatch(message);
}, 60000);
