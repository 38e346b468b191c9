import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { loadConfig } from '@/config';
import { collectSnapshot, generateSnapshot } from '@/generator';
import { importSnapshot } from '@/wiring/snapshot';
import { type RunningServer, startServer } from '@/server';
import { type OpenedStore, openTestStore } from './engines';

const ROOT = join(__dirname, '..', '..');

/** Debian's chromium (what .ci/run installs), its headless shell, or CHROMIUM_PATH; null when none is installed. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-background-networking'] });
}

/** Bundles the pages as `npm start` does (scripts/build-web.mjs). */
export function buildWebPages(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

export interface WebService {
  /** http://localhost:PORT */
  origin: string;
  adminToken: string;
  snapshot: Record<string, any>;
  /** A new API token of this role (its secret). */
  token(role: 'ANALYST' | 'MANAGER' | 'ADMIN', managerId?: string): Promise<string>;
  /** Runs a query as admin and returns `data` (throws on errors). */
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** The service on a fresh embedded store with a generated network (seed "demo" by default), on a free port. */
export async function startWebService(people: number, seed = 'demo'): Promise<WebService> {
  const adminToken = 'web-test-admin-token-0123456789abcdef';
  const opened: OpenedStore = await openTestStore('kuzu');
  const snapshot = collectSnapshot(generateSnapshot({ people, seed })) as Record<string, any>;
  await importSnapshot(opened.store, snapshot);
  const config = loadConfig({ DATA_DIR: '/unused', PORT: '0', ADMIN_TOKEN: adminToken, RATE_LIMIT_PER_MINUTE: '1000000' });
  const server: RunningServer = await startServer(config, opened.store);
  const origin = `http://localhost:${server.port}`;
  const query = async <T>(text: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return {
    origin,
    adminToken,
    snapshot,
    query,
    async token(role, managerId) {
      const data = await query<{ createApiToken: { secret: string } }>(
        'mutation($input: ApiTokenInput!) { createApiToken(input: $input) { secret } }',
        { input: { name: `web-test-${role}`, role, managerId } },
      );
      return data.createApiToken.secret;
    },
    async stop() {
      await server.stop(1000);
      await opened.close();
    },
  };
}
