import { readFileSync } from 'node:fs';

export const MiB = 2 ** 20;

/** Resident set size of another process in bytes (Linux /proc), or undefined when it is gone or unreadable. */
export function processRss(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Peak RSS of this process since it started (exact, from getrusage). */
export function ownPeakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * Samples the RSS of this process (and of other processes, e.g. a Neo4j JVM) every `intervalMs`
 * and keeps the peak of each, for one phase of a benchmark.
 */
export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  private readonly peaks = new Map<string, number>();

  constructor(
    private readonly others: Record<string, number> = {},
    private readonly intervalMs = 100,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  private sample(): void {
    this.keep('node', process.memoryUsage.rss());
    for (const [name, pid] of Object.entries(this.others)) {
      const rss = processRss(pid);
      if (rss !== undefined) this.keep(name, rss);
    }
  }

  private keep(name: string, bytes: number): void {
    if (bytes > (this.peaks.get(name) ?? 0)) this.peaks.set(name, bytes);
  }

  /** Stops sampling; returns the peak RSS in bytes per process name ("node" is this process). */
  stop(): Record<string, number> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return Object.fromEntries(this.peaks);
  }
}
