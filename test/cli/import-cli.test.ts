/** npm run import: what it says it did, deleted people included (they are remembered, not counted as records). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectProcess } from '../../bench/soak/processes';

it('counts the deleted people a snapshot remembers, apart from its records', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-import-cli-'));
  try {
    const file = join(dir, 'backup.json');
    writeFileSync(file, JSON.stringify({
      version: 1,
      companies: [{ id: 'c1', name: 'Acme' }],
      managers: [{ id: 'm2', name: 'Ito' }],
      deals: [{ id: 'd1', companyId: 'c1', product: 'CRM', stage: 'WON', managerId: 'm1', proposedAt: '2026-01-05', closedAt: '2026-02-01', amount: 100 }],
      deletedPeople: [{ id: 'm1', kind: 'MANAGER', deletedAt: '2026-03-01T00:00:00.000Z' }],
    }));
    const run = new ProjectProcess('src/cli/import.ts', [file], { DATA_DIR: join(dir, 'data') });
    const { code } = await run.exited;
    expect(run.output()).toMatch(/imported 3 records in [\d.]+ s \(\d+ records\/s\): companies 1, managers 1, deals 1; 1 deleted person remembered \(deletedPeople\)/);
    expect(code).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
