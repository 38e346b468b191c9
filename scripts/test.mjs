#!/usr/bin/env node
// `npm test`: the whole jest suite, with the engine contract suite on Kuzu and on a real Neo4j 5 started
// in-process from Maven (scripts/neo4j-test-server.mjs). Without Java/Maven the Neo4j half is skipped with one
// line saying how to enable it; under CI=true it is never skipped. `--neo4j-only` runs only the engine suites.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startNeo4jTestServer } from './neo4j-test-server.mjs';

const args = process.argv.slice(2);
const neo4jOnly = args.includes('--neo4j-only');
const jestArgs = args.filter((a) => a !== '--neo4j-only' && a !== '--record-durations');
/** Seconds per test file and lane, measured (`npm test -- --record-durations`): the shared queue runs longest first. */
const DURATIONS = 'scripts/test-durations.json';
const DEFAULT_SECONDS = 3;
/** The most files one jest run takes from the shared queue. */
const MAX_CHUNK = 8;
const ci = process.env.CI === 'true' || process.env.CI === '1';

const has = (cmd, flag) => spawnSync(cmd, [flag], { stdio: 'ignore' }).status === 0;

let server = null;
const env = { ...process.env };
if (process.env.NEO4J_TEST_URI) {
  console.log(`[test] Neo4j: using NEO4J_TEST_URI=${process.env.NEO4J_TEST_URI}`);
} else if (!has('java', '-version') || !has('mvn', '-v')) {
  if (ci || neo4jOnly) {
    console.error('[test] Neo4j half cannot run: Java 17 and Maven are needed (CI never skips it).');
    process.exit(1);
  }
  console.log('[test] Neo4j half SKIPPED: install Java 17 and Maven to run the engine suite on a real Neo4j too.');
} else {
  const started = Date.now();
  try {
    server = await startNeo4jTestServer({ timeoutMs: 600_000 });
  } catch (e) {
    console.error(`[test] Neo4j test server did not start: ${e.message}`);
    process.exit(1);
  }
  env.NEO4J_TEST_URI = server.uri;
  console.log(`[test] Neo4j 5 test server at ${server.uri} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Every test file under test/, and whether it opens the shared Neo4j (through test/helpers/engines.ts). */
function testFiles(dir = 'test') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'neo4j-server' ? [] : testFiles(path);
    return e.name.endsWith('.test.ts') ? [path] : [];
  });
}
const USES_NEO4J = /describeEachEngine|describeOnNeo4j|testEngines\(|NEO4J_TEST_URI/;

/** Runs jest on `files`; with `report`, jest writes its JSON summary there. Resolves with the exit code. */
const runJest = (files, extra, childEnv, report) => new Promise((resolve) => {
  const out = report ? ['--json', `--outputFile=${report}`] : [];
  const child = spawn(process.execPath, ['node_modules/jest/bin/jest.js', ...extra, ...out, ...files], { stdio: 'inherit', env: childEnv });
  child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
});

let code;
if (!env.NEO4J_TEST_URI || neo4jOnly || jestArgs.length) {
  // One Neo4j database serves every test file, so files run one at a time when it is on.
  code = await runJest(neo4jOnly ? ['test/contract'] : [], [...(env.NEO4J_TEST_URI ? ['--runInBand'] : []), ...jestArgs], env);
} else {
  code = await runInTwoLanes();
}
if (server) await server.stop();
process.exit(code);

/**
 * The whole suite with Neo4j, on two workers (one per core). The files that open the shared database run one at a
 * time on the Neo4j worker, on Neo4j only (TEST_ENGINES=neo4j). Their Kuzu halves and the files that open no shared
 * database (the embedded engine, processes, pages) form one queue, longest first (scripts/test-durations.json), run
 * without NEO4J_TEST_URI so that they cannot reach it: the other worker takes from it from the start, the Neo4j worker
 * once its own files are done, in chunks that shrink as the queue does, so that both end together. A file marked
 * `test-lanes: whole` (one that writes files both halves read) runs on both engines on the Neo4j worker.
 */
async function runInTwoLanes() {
  const all = testFiles().sort();
  const text = new Map(all.map((f) => [f, readFileSync(f, 'utf8')]));
  const shared = all.filter((f) => USES_NEO4J.test(text.get(f)));
  const whole = shared.filter((f) => /test-lanes: whole/.test(text.get(f)));
  const split = shared.filter((f) => !whole.includes(f));
  const own = all.filter((f) => !shared.includes(f));
  const durations = readDurations();
  const expected = (f, lane) => durations[`${f}#${lane}`] ?? DEFAULT_SECONDS;
  const kuzuQueue = [...own, ...split].sort((a, b) => expected(b, 'kuzu') - expected(a, 'kuzu') || a.localeCompare(b));
  const { NEO4J_TEST_URI: _uri, ...withoutNeo4j } = env;
  const kuzuEnv = { ...withoutNeo4j, TEST_ENGINES: 'kuzu' };
  console.log(`[test] ${split.length} files' Neo4j halves (and ${whole.length} on both engines) one at a time, beside ${own.length} files and ${split.length} Kuzu halves on two workers`);

  const reports = mkdtempSync(join(tmpdir(), 'tsunagu-test-reports-'));
  const results = [];
  let chunks = 0;
  const run = async (files, extra, childEnv, lane) => {
    const report = join(reports, `${chunks++}.json`);
    const c = await runJest(files, ['--runInBand', '--runTestsByPath', ...extra], childEnv, report);
    results.push({ lane, code: c, report: existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : null, files });
    return c;
  };
  const takeKuzu = async (worker) => {
    let failed = 0;
    while (kuzuQueue.length) {
      const n = Math.min(MAX_CHUNK, Math.max(1, Math.ceil(kuzuQueue.length / 4)));
      // `failed ||= await run(…)` would skip the run once one failed, and spin here for ever (found in CI)
      const c = await run(kuzuQueue.splice(0, n), [], kuzuEnv, 'kuzu');
      failed ||= c;
    }
    console.log(`[test] ${worker} worker finished in ${Math.round((Date.now() - started) / 1000)} s`);
    return failed;
  };
  const started = Date.now();
  const codes = await Promise.all([
    (async () => {
      const halves = await run(split, [], { ...env, TEST_ENGINES: 'neo4j' }, 'neo4j');
      const wholes = whole.length ? await run(whole, [], env, 'both') : 0;
      console.log(`[test] Neo4j files done in ${Math.round((Date.now() - started) / 1000)} s`);
      return (await takeKuzu('Neo4j')) || halves || wholes;
    })(),
    takeKuzu('Kuzu'),
  ]);
  summarise(results, Date.now() - started);
  if (args.includes('--record-durations') || process.env.TEST_RECORD_DURATIONS === '1') recordDurations(results);
  rmSync(reports, { recursive: true, force: true });
  return codes.find((c) => c !== 0) ?? 0;
}

/** One summary for every jest run: what each printed is above it, scattered between two workers. */
function summarise(results, ms) {
  const sum = (key) => results.reduce((n, r) => n + (r.report?.[key] ?? 0), 0);
  const failedFiles = results.flatMap((r) => r.report
    ? r.report.testResults.filter((t) => t.status === 'failed').map((t) => `${relative(process.cwd(), t.name)} [${r.lane}]`)
    : r.code !== 0 ? r.files.map((f) => `${f} [${r.lane}] (no report)`) : []);
  console.log(`[test] all: ${sum('numTotalTestSuites')} test files (${results.length} jest runs), tests ${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed, ${sum('numPendingTests')} skipped, in ${Math.round(ms / 1000)} s`);
  for (const f of failedFiles) console.log(`[test] FAILED: ${f}`);
}

/** Seconds each file took per lane, as this run measured them, into scripts/test-durations.json (the queue's order). */
function recordDurations(results) {
  const measured = {};
  for (const r of results) for (const t of r.report?.testResults ?? []) {
    measured[`${relative(process.cwd(), t.name)}#${r.lane}`] = Math.round((t.endTime - t.startTime) / 100) / 10;
  }
  const sorted = Object.fromEntries(Object.entries(measured).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(DURATIONS, `${JSON.stringify(sorted, null, 1)}\n`);
  console.log(`[test] wrote ${Object.keys(sorted).length} durations to ${DURATIONS}`);
}

function readDurations() {
  try {
    return JSON.parse(readFileSync(DURATIONS, 'utf8'));
  } catch {
    return {};
  }
}
