#!/usr/bin/env node
// `npm test`: the whole jest suite, with the engine contract suite on Kuzu and on a real Neo4j 5 started
// in-process from Maven (scripts/neo4j-test-server.mjs). Without Java/Maven the Neo4j half is skipped with one
// line saying how to enable it; under CI=true it is never skipped. `--neo4j-only` runs only the engine suites.
import { spawn, spawnSync } from 'node:child_process';
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

// One Neo4j database serves every test file, so files run one at a time when it is on.
const jest = ['node_modules/jest/bin/jest.js', ...(env.NEO4J_TEST_URI ? ['--runInBand'] : []), ...(neo4jOnly ? ['test/contract'] : []), ...jestArgs];
const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, jest, { stdio: 'inherit', env });
  child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
});
if (server) await server.stop();
process.exit(code);
