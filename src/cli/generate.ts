/**
 * npm run generate -- --people N --seed S --out FILE
 *
 * Writes a snapshot (docs/snapshot.schema.json, version 1) of a synthetic partner network
 * of N people. The same N and seed give byte-identical files. The JSON is streamed to FILE with
 * backpressure (never held whole in memory), through a temporary file renamed at the end, so an
 * interrupted run leaves no half-written snapshot. Progress goes to stderr.
 */
import { once } from 'node:events';
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { generateSnapshot, snapshotJsonChunks } from '@/generator';
import type { ProgressEvent } from '@/generator';

interface Args {
  people: number;
  seed: string;
  out: string;
  quiet: boolean;
}

const USAGE = 'usage: npm run generate -- --people N [--seed S] --out FILE [--quiet]';

export function parseArgs(argv: string[]): Args {
  const values = new Map<string, string>();
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quiet') {
      quiet = true;
      continue;
    }
    const match = /^--(people|seed|out)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg}\n${USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value\n${USAGE}`);
    values.set(match[1], value);
  }
  const peopleText = (values.get('people') ?? '').replace(/_/g, '');
  const people = Number(peopleText);
  if (!/^\d+$/.test(peopleText) || !Number.isSafeInteger(people)) throw new Error(`--people must be a whole number\n${USAGE}`);
  const out = values.get('out');
  if (!out) throw new Error(`--out is required\n${USAGE}`);
  return { people, seed: values.get('seed') ?? '1', out, quiet };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const elapsed = (): string => `${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)}s`;
  const rss = (): string => `${Math.round(process.memoryUsage.rss() / 2 ** 20)} MiB`;
  let lastLine = 0;
  const log = (line: string): void => {
    if (!args.quiet) process.stderr.write(`[${elapsed()}] ${line} (rss ${rss()})\n`);
  };
  const progress = (e: ProgressEvent): void => {
    const now = Number(process.hrtime.bigint() / 1_000_000n); // throttles the log only; never reaches the data
    const finished = e.total >= 0 && e.done === e.total;
    if (!finished && now - lastLine < 1000) return;
    lastLine = now;
    log(e.total >= 0 ? `${e.phase}: ${e.done.toLocaleString('en-US')} / ${e.total.toLocaleString('en-US')}` : `${e.phase}: ${e.done.toLocaleString('en-US')}`);
  };

  log(`generating ${args.people.toLocaleString('en-US')} people, seed ${JSON.stringify(args.seed)} -> ${args.out}`);
  const snapshot = generateSnapshot({ people: args.people, seed: args.seed, onProgress: progress });
  const counts: Record<string, number> = {};

  const target = path.resolve(args.out);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.partial-${process.pid}`;
  const stream = createWriteStream(temporary, { highWaterMark: 1 << 22 });
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  let bytes = 0;
  try {
    for (const chunk of snapshotJsonChunks(snapshot, {
      onProgress: (e) => {
        if (e.total >= 0) counts[e.phase] = e.total;
        progress({ phase: `writing ${e.phase}`, done: e.done, total: e.total });
      },
    })) {
      bytes += Buffer.byteLength(chunk);
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
    }
    stream.end();
    await Promise.race([once(stream, 'finish'), failed]);
    await fs.rename(temporary, target);
  } catch (error) {
    stream.destroy();
    await fs.rm(temporary, { force: true });
    throw error;
  }

  const total = Object.values(counts).reduce((s, n) => s + n, 0);
  log(`wrote ${(bytes / 2 ** 20).toFixed(1)} MiB, ${total.toLocaleString('en-US')} records`);
  if (!args.quiet) {
    for (const [name, n] of Object.entries(counts)) process.stderr.write(`  ${name.padEnd(14)} ${n.toLocaleString('en-US').padStart(12)}\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
