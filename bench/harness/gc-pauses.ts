import { PerformanceObserver, constants } from 'node:perf_hooks';

/** One garbage collection of this process, on the `performance.now()` clock. */
interface Pause {
  start: number;
  end: number;
  major: boolean;
}

/**
 * The garbage-collection pauses of this process while a benchmark runs (the service runs in the benchmark's process,
 * so its collections are these). A slow request is explained, or not, by the pauses inside it: `within(from, to)`.
 * Node reports each collection through a PerformanceObserver, after it ends and asynchronously: read after an await.
 */
export class GcPauses {
  private readonly pauses: Pause[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      this.pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration, major: kind === constants.NODE_PERFORMANCE_GC_MAJOR });
    }
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Milliseconds of collection inside [from, to], all kinds and the major (mark-compact) ones alone. */
  within(from: number, to: number): { all: number; major: number } {
    let all = 0;
    let major = 0;
    for (const p of this.pauses) {
      const overlap = Math.min(p.end, to) - Math.max(p.start, from);
      if (overlap <= 0) continue;
      all += overlap;
      if (p.major) major += overlap;
    }
    return { all, major };
  }

  stop(): void {
    this.observer.disconnect();
  }
}

/** Where the slowest requests' time went: the slowest `share` of `spans`, with the collection inside each. */
export function slowestWithPauses(
  spans: readonly { from: number; to: number; label?: string }[], gc: GcPauses, share = 0.05,
): { count: number; text: string; pausedMs: number; tookMs: number } {
  const slow = [...spans].sort((a, b) => (b.to - b.from) - (a.to - a.from)).slice(0, Math.max(1, Math.ceil(spans.length * share)));
  let pausedMs = 0;
  let tookMs = 0;
  const parts = slow.map((s) => {
    const p = gc.within(s.from, s.to);
    pausedMs += p.all;
    tookMs += s.to - s.from;
    return `${s.label ? `${s.label}: ` : ''}${(s.to - s.from).toFixed(0)} ms (gc ${p.all.toFixed(0)}, of it major ${p.major.toFixed(0)})`;
  });
  return { count: slow.length, text: parts.join('; '), pausedMs, tookMs };
}
