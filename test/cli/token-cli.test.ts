/** npm run token: an option it does not know is named, with the ones it takes, before any store is opened. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectProcess } from '../../bench/soak/processes';

it('names an unknown option of create (--managerId, as README\'s managerId suggests) and writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-token-cli-'));
  try {
    const run = new ProjectProcess('src/cli/token.ts', ['create', '--name', 'x', '--role', 'MANAGER', '--managerId', 'm1'], { DATA_DIR: join(dir, 'data') });
    expect((await run.exited).code).toBe(2);
    expect(run.output()).toContain('unknown option --managerId; create takes --name, --role, --manager');
    // a flag followed by another flag has no value (it made a token named "--manager"): refused, naming the flag
    const named = new ProjectProcess('src/cli/token.ts', ['create', '--name', '--manager', 'm1', '--role', 'MANAGER'], { DATA_DIR: join(dir, 'data') });
    expect((await named.exited).code).toBe(2);
    expect(named.output()).toContain('--name needs a value');
    expect(existsSync(join(dir, 'data'))).toBe(false); // refused before a store was opened
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it('takes every option as --flag value or --flag=value, and names its own flags in errors (not input.managerId)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-token-cli-'));
  const env = { DATA_DIR: join(dir, 'data') };
  const token = async (...args: string[]): Promise<{ code: number | null; out: string }> => {
    const run = new ProjectProcess('src/cli/token.ts', args, env);
    const { code } = await run.exited;
    return { code, out: run.output() };
  };
  try {
    // refused before a store is opened
    const missing = await token('create', '--name=x', '--role', 'MANAGER');
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('--manager is required for a MANAGER token');
    const empty = await token('create', '--name=x', '--role=');
    expect(empty.code).toBe(2);
    expect(empty.out).toContain('--role needs a value');
    const twice = await token('create', '--name=x', '--role=ADMIN', '--role', 'ANALYST');
    expect(twice.code).toBe(2);
    expect(twice.out).toContain('--role is given twice');
    // list and revoke name what they do not take (an outsider's `list --bogus` passed silently, `revoke` alone said 'No API token with id ""')
    const bogus = await token('list', '--bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.out).toContain('list takes no arguments (got "--bogus")');
    for (const args of [['revoke'], ['revoke', 'a', 'b'], ['revoke', '--id=x'], ['revoke', ''], ['revoke', 'x', '--role', 'ADMIN']]) {
      const r = await token(...args);
      expect(r.code).toBe(2);
      expect(r.out).toContain('the id of one token');
    }
    // an option is named (found by an outsider: every form got the same words)
    expect((await token('revoke', '--bogus')).out).toContain('revoke takes no options (got "--bogus")');
    expect(existsSync(join(dir, 'data'))).toBe(false);
    // an empty store says so, and a blank name is no name
    const none = await token('list');
    expect(none.code).toBe(0);
    expect(none.out).toContain('no API tokens yet');
    const blank = await token('create', '--name', '   ', '--role', 'ANALYST');
    expect(blank.code).toBe(1);
    expect(blank.out).toContain('Invalid --name: must not be blank');
    // the = form reaches the use case, whose error names the flag
    const ghost = await token('create', '--name=x', '--role=MANAGER', '--manager=ghost');
    expect(ghost.code).toBe(1);
    expect(ghost.out).toContain('Invalid --manager: no person with id "ghost"');
    expect(ghost.out).not.toContain('input.');
    const made = await token('create', '--name=nightly export', '--role=analyst');
    expect(made.code).toBe(0);
    expect(made.out).toContain('created token');
    // a value that starts with dashes, in the = form
    expect((await token('create', '--name=--x', '--role=analyst')).code).toBe(0);
    const listed = await token('list');
    expect(listed.out).toMatch(/ANALYST\s+active\s+nightly export/);
    expect(listed.out).toMatch(/ANALYST\s+active\s+--x\n/);
    // revoking twice keeps the first date and says so
    const id = /created token (\S+)/.exec(made.out)![1];
    expect((await token('revoke', id)).out).toContain(`revoked ${id}`);
    const again = await token('revoke', id);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(new RegExp(`${id} was already revoked on \\d{4}-\\d{2}-\\d{2}T.*; nothing changed`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
