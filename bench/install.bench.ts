/**
 * Install cost on a fresh clone (npm run bench -- install): `git clone` of this repository into a temporary
 * directory, then `npm ci` timed and node_modules measured; beside it, in the same run, `npm ci --omit=dev` (what a
 * production image installs) as the baseline. The npm cache is whatever this machine has (usually warm: then no
 * download is timed); the results say how big it was. BENCH_INSTALL_COLD=1 installs with an empty cache instead
 * (downloads everything from the registry).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MiB, PROJECT_ROOT, metric, runBenchmark } from './harness';

interface Cmd {
  code: number | null;
  ms: number;
  out: string;
}

function sh(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Cmd> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ms: performance.now() - started, out }));
  });
}

async function must(cmd: string, args: string[], cwd: string, env?: Record<string, string>): Promise<Cmd> {
  const r = await sh(cmd, args, cwd, env);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.code}):\n${r.out.slice(-2000)}`);
  return r;
}

/** Disk usage in bytes (du -sk) and file count of a directory. */
async function usage(dir: string): Promise<{ bytes: number; files: number }> {
  const du = await must('du', ['-sk', dir], dir);
  const files = await must('find', [dir, '-type', 'f'], dir);
  return { bytes: Number(du.out.split(/\s+/)[0]) * 1024, files: files.out.split('\n').filter(Boolean).length };
}

/** The largest packages of node_modules (top-level and scoped), by disk usage. */
async function largest(nodeModules: string, n: number): Promise<{ name: string; bytes: number }[]> {
  const dirs: string[] = [];
  for (const e of readdirSync(nodeModules)) {
    if (e.startsWith('.')) continue;
    if (e.startsWith('@')) for (const s of readdirSync(join(nodeModules, e))) dirs.push(`${e}/${s}`);
    else dirs.push(e);
  }
  const sizes: { name: string; bytes: number }[] = [];
  for (const d of dirs) sizes.push({ name: d, bytes: (await usage(join(nodeModules, d))).bytes });
  return sizes.sort((a, b) => b.bytes - a.bytes).slice(0, n);
}

runBenchmark({ name: 'install', title: 'Install: npm ci on a fresh clone' }, async (b) => {
  const work = mkdtempSync(join(tmpdir(), 'tsunagu-bench-install-'));
  const cold = process.env.BENCH_INSTALL_COLD === '1';
  try {
    const npmCache = (await must('npm', ['config', 'get', 'cache'], PROJECT_ROOT)).out.trim().split('\n').pop()!.trim();
    const cacheBefore = existsSync(npmCache) ? (await usage(npmCache)).bytes : 0;
    const env: Record<string, string> = cold ? { npm_config_cache: join(work, 'empty-cache') } : {};
    const head = (await must('git', ['rev-parse', '--short', 'HEAD'], PROJECT_ROOT)).out.trim();

    const install = async (label: string, args: string[]): Promise<{ ok: true; ms: number; bytes: number; files: number; dir: string } | { ok: false; error: string }> => {
      const dir = join(work, label);
      const clone = await must('git', ['clone', '--quiet', '--no-hardlinks', PROJECT_ROOT, dir], work);
      b.log(`${label}: cloned ${head} in ${(clone.ms / 1000).toFixed(1)} s; npm ${args.join(' ')}`);
      if (cold) rmSync(env.npm_config_cache, { recursive: true, force: true });
      const run = await sh('npm', args, dir, { ...env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' });
      if (run.code !== 0) {
        const lines = run.out.split('\n');
        const code = lines.find((l) => /npm error code /.test(l))?.replace('npm error ', '') ?? `exit ${run.code}`;
        const missing = lines.filter((l) => /npm error Missing: /.test(l)).map((l) => l.replace(/npm error Missing: (\S+?)@.*/, '$1'));
        const why = missing.length
          ? `package-lock.json is out of sync with package.json: ${missing.length} packages missing from it (${missing.slice(0, 3).join(', ')}, …)`
          : lines.filter((l) => /npm error/.test(l)).slice(0, 2).join(' / ');
        const error = `${code}: ${why}`;
        b.log(`${label}: npm ${args.join(' ')} FAILED (exit ${run.code}): ${error}`);
        return { ok: false, error };
      }
      const size = await usage(join(dir, 'node_modules'));
      b.log(`${label}: ${(run.ms / 1000).toFixed(1)} s, node_modules ${(size.bytes / MiB).toFixed(0)} MiB in ${size.files} files`);
      return { ok: true, ms: run.ms, ...size, dir };
    };

    // The baseline first, then the full install, each from its own fresh clone.
    let prod = await install('production', ['ci', '--omit=dev']);
    let full = await install('full', ['ci']);
    const ciFailed = !full.ok;
    b.add(metric({
      case: `npm ci on a fresh clone`, name: 'npm ci succeeds', unit: '', value: full.ok ? 1 : 0,
      goal: { on: 'value', op: '>=', target: 1, text: 'works on a fresh clone' }, headline: ciFailed, note: full.ok ? '' : full.error,
    }));
    if (ciFailed) {
      // Still measure what installing costs, with the command that works, and say so.
      b.note(`npm ci failed on the fresh clone (${full.ok ? '' : full.error}); the figures below are of npm install (which rewrites package-lock.json) instead.`);
      prod = await install('production-install', ['install', '--omit=dev']);
      full = await install('full-install', ['install']);
    }
    const command = ciFailed ? 'npm install' : 'npm ci';
    const caseName = `${command} on a fresh clone (${cold ? 'empty npm cache' : 'npm cache as found'})`;
    if (full.ok) {
      const base = prod.ok ? prod : undefined;
      b.add(
        metric({ case: caseName, name: `${command} time`, unit: 's', value: full.ms / 1000, baseline: base && { subject: '--omit=dev', value: base.ms / 1000 }, headline: true, note: `baseline: ${command} --omit=dev (production dependencies only)` }),
        metric({ case: caseName, name: 'node_modules size', unit: 'MiB', value: Math.round(full.bytes / MiB), baseline: base && { subject: '--omit=dev', value: Math.round(base.bytes / MiB) }, headline: true }),
        metric({ case: caseName, name: 'node_modules files', unit: '', value: full.files, baseline: base && { subject: '--omit=dev', value: base.files } }),
        ...(await largest(join(full.dir, 'node_modules'), 6)).map((t) => metric({ case: 'largest packages (full install)', name: t.name, unit: 'MiB', value: Math.round(t.bytes / MiB) })),
      );
    }
    if (!prod.ok) b.note(`${command} --omit=dev failed on the fresh clone: ${prod.error}`);
    b.note(`Commit ${head}, cloned with git clone from ${PROJECT_ROOT} (committed files only).`);
    b.note(
      cold
        ? 'Installed with an empty npm cache (BENCH_INSTALL_COLD=1): download time from the registry is included.'
        : `The npm cache (${npmCache}) held ${(cacheBefore / MiB).toFixed(0)} MiB before the run: with a warm cache npm ci downloads nothing, so the time is unpacking and linking. A first install on a new machine also downloads (BENCH_INSTALL_COLD=1 measures that).`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});


