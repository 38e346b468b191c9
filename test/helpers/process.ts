import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * Runs a TypeScript entry point of this repository in its own process. NODE_ENV is dropped: Jest sets it to
 * `test`, which changes library defaults (Apollo handled SIGTERM itself everywhere but under `test`); the process
 * must run as it does in production.
 */
export function run(script: string, args: string[], env: Record<string, string>): ChildProcess {
  const { NODE_ENV: _jest, ...inherited } = process.env;
  return spawn(process.execPath, ['-r', '@swc-node/register', script, ...args], { cwd: ROOT, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode, ms: 0 });
    else child.on('exit', (code, signal) => resolve({ code, signal, ms: Date.now() - started }));
  });
}

/** Everything the process has written to stdout and stderr so far. */
export function output(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (d) => (text += d));
  child.stderr?.on('data', (d) => (text += d));
  return () => text;
}

export async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out waiting');
}

export interface Service {
  child: ChildProcess;
  port: number;
  output: () => string;
}

/** `src/main.ts` on a free port (PORT=0) with `env`, once it says it is serving. */
export async function startService(env: Record<string, string>): Promise<Service> {
  const child = run('src/main.ts', [], { PORT: '0', ...env });
  const out = output(child);
  await waitFor(() => out().includes('serving GraphQL') || child.exitCode !== null, 60000);
  const port = /"url":"http:\/\/localhost:(\d+)\/graphql"/.exec(out())?.[1];
  if (!port) throw new Error(`the service did not start:\n${out()}`);
  return { child, port: Number(port), output: out };
}
