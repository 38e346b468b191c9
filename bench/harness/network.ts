import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT, runTs } from './child';

export const CACHE_DIR = join(PROJECT_ROOT, 'bench', '.cache');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** A short hash of the given files' paths and contents: a cache key that changes when they do. */
export function hashFiles(files: string[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(PROJECT_ROOT, f));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 10);
}

/** The files of the generator's code (src/generator and its CLI). */
export function generatorFiles(): string[] {
  return [...filesUnder(join(PROJECT_ROOT, 'src', 'generator')), join(PROJECT_ROOT, 'src', 'cli', 'generate.ts')];
}

/** The generator's code: a cached network is rebuilt when it changes. */
export function generatorHash(): string {
  return hashFiles(generatorFiles());
}

export interface Network {
  file: string;
  bytes: number;
  people: number;
  seed: string;
  /** How long generating took; 0 when the cached file was reused. */
  generatedMs: number;
  reused: boolean;
}

/**
 * The generated network of `people` people and `seed` (a contract-format snapshot file): reused from
 * bench/.cache/ when the generator has not changed, else built with `npm run generate` in its own process.
 */
export async function networkFile(people: number, seed: string): Promise<Network> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const safeSeed = seed.replace(/[^\w.-]/g, '_');
  const prefix = `network-${people}-${safeSeed}-`;
  const file = join(CACHE_DIR, `${prefix}${generatorHash()}.json`);
  for (const old of readdirSync(CACHE_DIR)) {
    if (old.startsWith(prefix) && join(CACHE_DIR, old) !== file) rmSync(join(CACHE_DIR, old), { force: true }); // built by an older generator
  }
  if (existsSync(file)) return { file, bytes: statSync(file).size, people, seed, generatedMs: 0, reused: true };
  process.stderr.write(`[bench] generating a network of ${people.toLocaleString('en-US')} people (seed ${seed}) into ${relative(PROJECT_ROOT, file)}\n`);
  const run = await runTs('src/cli/generate.ts', ['--people', String(people), '--seed', seed, '--out', file]);
  if (run.code !== 0 || !existsSync(file)) throw new Error(`npm run generate failed (exit ${run.code ?? run.signal})`);
  return { file, bytes: statSync(file).size, people, seed, generatedMs: run.wallMs, reused: false };
}
