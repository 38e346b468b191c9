#!/usr/bin/env node
// `npm test`: the whole jest suite, with the engine contract suite on Kuzu and on a real Neo4j 5 started
// in-process from Maven (scripts/neo4j-test-server.mjs). Without Java/Maven the Neo4j half is skipped with one
// line saying how to enable it; under CI=true it is never skipped. `--neo4j-only` runs only the engine suites.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNeo4jTestServer } from './neo4j-test-server.mjs';

const args = process.argv.slice(2);
const neo4jOnly = args.includes('--neo4j-only');
const jestArgs = args.filter((a) => a !== '--neo4j-only');
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
const USES_NEO4J = /describeEachEngine|testEngines\(|NEO4J_TEST_URI/;

const runJest = (files, extra, childEnv) => new Promise((resolve) => {
  const child = spawn(process.execPath, ['node_modules/jest/bin/jest.js', ...extra, ...files], { stdio: 'inherit', env: childEnv });
  child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
});

let code;
if (!env.NEO4J_TEST_URI || neo4jOnly || jestArgs.length) {
  // One Neo4j database serves every test file, so files run one at a time when it is on.
  code = await runJest(neo4jOnly ? ['test/contract'] : [], [...(env.NEO4J_TEST_URI ? ['--runInBand'] : []), ...jestArgs], env);
} else {
  // The whole suite with Neo4j: the files that open the shared database run one at a time, beside them the files that
  // do not (the embedded engine, processes, pages) run in a second jest without NEO4J_TEST_URI, so they cannot reach it.
  const all = testFiles().sort();
  const shared = all.filter((f) => USES_NEO4J.test(readFileSync(f, 'utf8')));
  const own = all.filter((f) => !shared.includes(f));
  const { NEO4J_TEST_URI: _uri, ...withoutNeo4j } = env;
  console.log(`[test] ${shared.length} files on both engines (one at a time) beside ${own.length} others`);
  const codes = await Promise.all([
    runJest(shared, ['--runInBand', '--runTestsByPath'], env),
    runJest(own, ['--runInBand', '--runTestsByPath'], withoutNeo4j),
  ]);
  code = codes.find((c) => c !== 0) ?? 0;
}
if (server) await server.stop();
process.exit(code);
