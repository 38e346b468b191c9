import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** How a child process ended: exit code or signal, and whether it ended before we sent it SIGKILL. */
export interface ProcessEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  beforeKill: boolean;
}

/** "exit 1", "signal SIGSEGV": for reports. */
export function describeEnd(end: ProcessEnd): string {
  return end.signal ? `signal ${end.signal}` : `exit ${end.code}`;
}

/** A project entry point (`node -r @swc-node/register FILE`) in its own process, its output kept for checks. */
export class ProjectProcess {
  readonly exited: Promise<ProcessEnd>;
  private text = '';
  private readonly child: ChildProcess;
  private ended = false;
  private killSent = false;

  constructor(file: string, args: string[], env: Record<string, string>) {
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', file, ...args], {
      cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (d) => (this.text += d));
    this.child.stderr?.on('data', (d) => (this.text += d));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => {
      this.ended = true;
      resolve({ code, signal, beforeKill: !this.killSent });
    }));
  }

  output(): string {
    return this.text;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The last `lines` lines of its output (progress lines written with \r count as lines). */
  lastLines(lines: number): string {
    return this.text.replace(/\r/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean).slice(-lines).join(' ⏎ ');
  }

  kill9(): void {
    if (!this.ended) this.killSent = true;
    this.child.kill('SIGKILL');
  }

  /** Resolves with the first match of `pattern` in the output; rejects if the process exits first or time runs out. */
  async waitFor(pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
    let gone = false;
    void this.exited.then(() => (gone = true));
    const end = Date.now() + ms;
    for (;;) {
      const match = this.text.match(pattern);
      if (match) return match;
      if (gone) throw new Error(`exited before ${pattern}: ${this.text.slice(-2000)}`);
      if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}: ${this.text.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** One GraphQL request with a bearer token; resolves with the parsed body, or rejects when the server is gone. */
export async function graphql(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}
