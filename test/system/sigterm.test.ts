import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { exited, startService, waitFor } from '../helpers/process';

/**
 * SIGTERM under load, on the real process (`src/main.ts`, NODE_ENV unset as in production): 16 clients keep
 * sending, SIGTERM arrives, and no client gets a 5xx. Before the fix 15–16 of them got 500 ("Cannot execute GraphQL
 * operations after the server has stopped"): Apollo stopped on the signal before the HTTP server had drained.
 * Each run starts a process (~10–25 s here); `SIGTERM_RUNS=20 npx jest test/system/sigterm.test.ts` repeats it.
 */
const RUNS = Number(process.env.SIGTERM_RUNS ?? 2);
const CLIENTS = 16;
const TOKEN = 'sigterm-test-admin-token-0123456789';

interface Tally {
  statuses: Record<number, number>;
  /** Answers that arrived after SIGTERM was sent: requests that were in flight and drained. */
  afterSignal: number;
  refused: number;
  resets: number;
  /** What the resets were (undici's error code), to tell them apart. */
  resetCodes: Record<string, number>;
}

/** One client: requests back to back until the service is gone; answers by status, refusals and resets apart. */
async function client(port: number, tally: Tally, done: () => boolean, signalled: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !done(); i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query: '{ company(id: "c1") { name } companies(first: 5) { totalCount } }' }),
      });
      await res.text();
      tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
      if (signalled()) tally.afterSignal++;
    } catch (e) {
      // a refused connection means the listener is closed: not an answer, and not an error either
      const code = (e as { cause?: { code?: string } }).cause?.code ?? String(e);
      if (code === 'ECONNREFUSED') tally.refused++;
      else {
        tally.resets++;
        tally.resetCodes[code] = (tally.resetCodes[code] ?? 0) + 1;
      }
      if (tally.refused + tally.resets > 50) return;
    }
  }
}

it(`drains in-flight requests on SIGTERM under load (${CLIENTS} clients, ${RUNS} runs): no answer >= 500, then closes the store`, async () => {
  const runs: (Tally & { ms: number })[] = [];
  for (let run = 0; run < RUNS; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-sigterm-'));
    try {
      const service = await startService({ DATA_DIR: dir, ADMIN_TOKEN: TOKEN });
      const created = await fetch(`http://127.0.0.1:${service.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query: 'mutation { createCompany(input: { id: "c1", name: "A" }) { id } }' }),
      });
      expect(created.status).toBe(200);
      const tally: Tally = { statuses: {}, afterSignal: 0, refused: 0, resets: 0, resetCodes: {} };
      let gone = false;
      let signalled = false;
      const clients = Array.from({ length: CLIENTS }, () => client(service.port, tally, () => gone, () => signalled));
      const answered = (): number => Object.values(tally.statuses).reduce((a, b) => a + b, 0);
      await waitFor(() => answered() >= 3 * CLIENTS, 60000); // every client under way
      const t0 = Date.now();
      signalled = true;
      service.child.kill('SIGTERM');
      const end = await exited(service.child);
      gone = true;
      await Promise.all(clients);
      runs.push({ ...tally, ms: Date.now() - t0 });
      expect(end.code).toBe(0);
      expect(service.output()).toContain('"message":"stopped"');
      const reopened = await KuzuStore.open({ dataDir: dir });
      expect((await reopened.read.companiesByIds(['c1']))[0]?.name).toBe('A');
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  process.stdout.write(`SIGTERM under load, ${RUNS} runs of ${CLIENTS} clients: ${JSON.stringify(runs)}\n`);
  const answers = runs.flatMap((r) => Object.entries(r.statuses).map(([status, n]) => ({ status: Number(status), n })));
  expect(answers.filter((a) => a.status >= 500)).toEqual([]);
  for (const r of runs) expect(r.afterSignal).toBeGreaterThan(0);
}, 600000);
