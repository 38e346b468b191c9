import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(__dirname, '..', '..');
const PEAK_RSS_PRELOAD = join(__dirname, 'report-peak-rss.js');

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  stdout: string;
  /** Peak RSS of the child in bytes (getrusage, reported by the child at exit); undefined if it died before. */
  peakRssBytes?: number;
}

export interface ChildOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Copy the child's stdout to ours as it comes (its stderr always is: progress lines). */
  echo?: boolean;
  /** Kill the child (SIGTERM, then SIGKILL) after this long. */
  timeoutMs?: number;
}

/**
 * Runs a TypeScript entry point of the project (`node -r @swc-node/register FILE ARGS`) in its own process, so that
 * its peak memory is its own. Its stderr is shown as it comes (CLIs print progress there); stdout is returned.
 */
export function runTs(file: string, args: string[], options: ChildOptions = {}): Promise<ChildResult> {
  return runNode(['-r', '@swc-node/register', file, ...args], options);
}

export function runNode(nodeArgs: string[], options: ChildOptions = {}): Promise<ChildResult> {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-rss-'));
  const rssFile = join(dir, 'peak');
  const started = performance.now();
  return new Promise<ChildResult>((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', PEAK_RSS_PRELOAD, ...nodeArgs], {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, ...options.env, BENCH_PEAK_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (options.echo) process.stdout.write(d);
    });
    let timer: NodeJS.Timeout | undefined;
    if (options.timeoutMs) {
      timer = setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }, options.timeoutMs);
    }
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      reject(e);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      let peakRssBytes: number | undefined;
      try {
        peakRssBytes = Number(readFileSync(rssFile, 'utf8')) || undefined;
      } catch {
        peakRssBytes = undefined;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, signal, wallMs: performance.now() - started, stdout, peakRssBytes });
    });
  });
}
