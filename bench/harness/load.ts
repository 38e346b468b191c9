import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { type LoadRound, type LoadSummary, summarizeLatencies, summarizeRounds } from './stats';

/** A GraphQL endpoint under test. */
export interface Subject {
  label: string;
  url: string;
  /** Sent with every request (the service wants `authorization`). */
  headers?: Record<string, string>;
  /** Requests for this subject instead of the measurement's own (e.g. a bigger page, measured in the same rotation). */
  requests?: GraphQLRequest[];
}

/** A GraphQL request: one of these bodies is sent per HTTP request, in turn. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface LoadOptions {
  /** Concurrent clients (HTTP connections). */
  connections: number;
  /** Unmeasured load on each subject first (JIT, caches, connection pools). */
  warmupSec: number;
  roundSec: number;
  /** Measured rounds per subject; subjects take turns, in alternating order, so drift hits them alike. */
  rounds: number;
  /**
   * A round that got fewer answers than this (requests too slow for roundSec: autocannon drops those in flight at the
   * end, which would censor the slow tail) is run again until exactly this many answers have come back, with no
   * time cut-off. Default: 1 per connection (then p95/p99 rest on few samples: the log and results say "slow").
   */
  minResponses?: number;
}

interface WorkerReply {
  latencies: number[];
  responses: number;
  failed: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  durationSec: number;
  mode: 'duration' | 'amount';
}

/** The load generator process (autocannon), reused for every job of one measurement. */
class LoadWorker {
  private readonly child: ChildProcess = fork(join(__dirname, 'load-worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });

  run(s: Subject, bodies: string[], o: { connections: number; durationSec: number; minResponses?: number }): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null): void => reject(new Error(`the load generator exited (${code}) mid-run`));
      this.child.once('exit', onExit);
      this.child.once('message', (m: { ok: boolean; result?: WorkerReply; error?: string }) => {
        this.child.off('exit', onExit);
        if (m.ok && m.result) resolve(m.result);
        else reject(new Error(`load generator: ${m.error}`));
      });
      this.child.send({ url: s.url, headers: s.headers ?? {}, bodies, ...o });
    });
  }

  close(): void {
    this.child.kill();
  }
}

function toRound(r: WorkerReply): LoadRound {
  return { ok: r.responses - r.mismatches, failed: r.failed, durationSec: r.durationSec, latency: summarizeLatencies(r.latencies) };
}

export const bodiesOf = (requests: GraphQLRequest[]): string[] => requests.map((r) => JSON.stringify(r));

/**
 * Puts each subject under the same load (the same request bodies, in turn, unless a subject brings its own) and returns one summary per subject
 * label: medians over rounds of throughput and of median/p90/p95/p99 latency, and how many requests failed (non-2xx,
 * GraphQL errors, time-outs: report them, a fast error is not a result).
 */
export async function measureLoad(
  subjects: Subject[],
  requests: GraphQLRequest[],
  options: LoadOptions,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<Record<string, LoadSummary>> {
  const worker = new LoadWorker();
  const bodies = (s: Subject): string[] => bodiesOf(s.requests ?? requests);
  const rounds = new Map<string, LoadRound[]>(subjects.map((s) => [s.label, []]));
  try {
    const minResponses = options.minResponses ?? options.connections;
    for (const s of subjects) if (options.warmupSec > 0) await worker.run(s, bodies(s), { connections: options.connections, durationSec: options.warmupSec });
    for (let i = 0; i < options.rounds; i++) {
      const order = i % 2 === 0 ? subjects : [...subjects].reverse();
      for (const s of order) {
        const reply = await worker.run(s, bodies(s), { connections: options.connections, durationSec: options.roundSec, minResponses });
        const round = toRound(reply);
        rounds.get(s.label)!.push(round);
        log(
          `  round ${i + 1}/${options.rounds} ${s.label}: ${Math.round(round.ok / round.durationSec)} req/s, ` +
            `median ${round.latency.medianMs.toFixed(2)} ms, p99 ${round.latency.p99Ms.toFixed(2)} ms` +
            `${reply.mode === 'amount' ? ` (slow: counted ${round.ok} whole answers in ${round.durationSec.toFixed(1)} s)` : ''}${round.failed ? `, ${round.failed} FAILED` : ''}`,
        );
      }
    }
  } finally {
    worker.close();
  }
  const out: Record<string, LoadSummary> = {};
  for (const [label, rs] of rounds) {
    const summary = summarizeRounds(rs);
    if (summary.failed > 0) log(`  WARNING ${label}: ${summary.failed} of ${summary.requests + summary.failed} requests failed under load (errors or time-outs)`);
    out[label] = summary;
  }
  return out;
}

/** One request, answered as parsed JSON; throws on HTTP or GraphQL errors. */
export async function graphql<T = Record<string, unknown>>(subject: Pick<Subject, 'url' | 'headers'>, request: GraphQLRequest): Promise<T> {
  const res = await fetch(subject.url, { method: 'POST', headers: { 'content-type': 'application/json', ...subject.headers }, body: JSON.stringify(request) });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!res.ok || body.errors?.length) throw new Error(`GraphQL ${res.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return body.data as T;
}
