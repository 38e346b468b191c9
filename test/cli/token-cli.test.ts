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
    // a value that starts like an option is a value, not an option
    const named = new ProjectProcess('src/cli/token.ts', ['create', '--name', '--role', '--role', 'ANALYST', '--bogus'], { DATA_DIR: join(dir, 'data') });
    expect((await named.exited).code).toBe(2);
    expect(named.output()).toContain('unknown option --bogus');
    expect(existsSync(join(dir, 'data'))).toBe(false); // refused before a store was opened
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
