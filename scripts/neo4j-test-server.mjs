#!/usr/bin/env node
// Starts a throw-away in-process Neo4j 5 Community server (+ APOC Core) for tests: the Maven module in
// test/neo4j-server (neo4j-harness + Launcher.java). Needs Java 17+ and Maven; the first run downloads into ~/.m2.
//
//   import { startNeo4jTestServer } from '../scripts/neo4j-test-server.mjs';
//   const server = await startNeo4jTestServer({ timeoutMs: 120_000 }); // server.uri: 'bolt://127.0.0.1:PORT'
//   ...
//   await server.stop();
//
// CLI: `node scripts/neo4j-test-server.mjs` prints `BOLT_URI=bolt://127.0.0.1:PORT` and runs until Ctrl-C.
//
// The server has auth disabled and a fresh empty store in the temp dir (deleted on stop). It exits by itself when
// the Node process that started it goes away (it watches its stdin pipe), and it does not keep Node alive: a test
// process that forgets stop() still exits, and the server follows.
//
// Env: NEO4J_TEST_SERVER_JAVA_OPTS (space-separated) is appended to the JVM flags below, so it can override them
// (e.g. -XX:TieredStopAtLevel=4 for long query-heavy runs, -Xmx1g, `-XX:-UseSerialGC -XX:+UseParallelGC`), and
// `-Dneo4j.settings=name=value;name=value` sets Neo4j settings over the test ones (e.g.
// server.memory.pagecache.size=1g; see Launcher.java); NEO4J_TEST_SERVER_CDS=0 turns AppCDS off.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/neo4j-server');
const TARGET = path.join(MODULE_DIR, 'target');
const JAR = path.join(TARGET, 'launcher.jar');
const CLASSPATH_FILE = path.join(TARGET, 'classpath.txt');
const STAMP = path.join(TARGET, '.build-stamp'); // written after a successful build
const LOCK = path.join(TARGET, '.build-lock'); // a directory: mkdir is atomic
const SOURCES = ['pom.xml', 'src/main/java/Launcher.java'].map((f) => path.join(MODULE_DIR, f));
const BUILD_ARGS = ['-q', '-B', 'package', 'dependency:build-classpath', '-Dmdep.outputFile=target/classpath.txt'];
// Startup-oriented: C1 only and Serial GC start faster on small machines; JVM logs go to stderr, not stdout.
const JVM_ARGS = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xlog:disable', '-Xlog:all=warning:stderr'];
const KILL_AFTER_MS = 10_000;
const OUTPUT_LINES = 40;

const mtime = (f) => fs.statSync(f, { throwIfNoEntry: false })?.mtimeMs;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function findOnPath(cmd) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir || '.', cmd);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {}
  }
  return null;
}

function findTools() {
  const home = process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin', 'java');
  const java = home && fs.existsSync(home) ? home : findOnPath('java');
  const mvn = findOnPath('mvn');
  if (!java || !mvn) {
    const missing = [!java && '`java`', !mvn && '`mvn`'].filter(Boolean).join(' and ');
    throw new Error(`Java 17 and Maven are needed to run the Neo4j test server (${missing} not found on PATH)`);
  }
  return { java, mvn };
}

function isBuilt() {
  const stamp = mtime(STAMP);
  return stamp !== undefined && fs.existsSync(JAR) && fs.existsSync(CLASSPATH_FILE)
    && SOURCES.every((f) => (mtime(f) ?? Infinity) <= stamp)
    && fs.readFileSync(CLASSPATH_FILE, 'utf8').trim().split(path.delimiter).every((f) => fs.existsSync(f));
}

function run(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (d) => { out = (out + d).slice(-20_000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve()
      : reject(new Error(`\`${cmd} ${args.join(' ')}\` failed in ${cwd} (exit ${code}):\n${out.trim()}`))));
  });
}

/** Runs fn under a lock dir in target/, so parallel test processes don't build (or train) at once. */
async function withLock(fn) {
  fs.mkdirSync(TARGET, { recursive: true });
  for (;;) {
    try { fs.mkdirSync(LOCK); break; } catch (e) { if (e.code !== 'EEXIST') throw e; }
    let owner = 0; // 0 while the owner has not written its pid yet
    try { owner = Number(fs.readFileSync(path.join(LOCK, 'pid'), 'utf8')); } catch {}
    const age = Date.now() - (mtime(LOCK) ?? Date.now());
    if ((owner && !isAlive(owner)) || age > 15 * 60_000) fs.rmSync(LOCK, { recursive: true, force: true });
    else await sleep(250);
  }
  fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
  try {
    return await fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds the module (mvn package + classpath file) unless it is up to date. */
async function ensureBuilt(mvn) {
  if (isBuilt()) return;
  await withLock(async () => {
    if (isBuilt()) return; // another process built it while we waited
    console.error('neo4j-test-server: building test/neo4j-server (first run downloads into ~/.m2)...');
    await run(mvn, BUILD_ARGS, MODULE_DIR);
    for (const f of fs.readdirSync(TARGET)) if (f.startsWith('launcher-')) fs.rmSync(path.join(TARGET, f));
    fs.writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  });
}

/**
 * JVM flags to use an AppCDS archive of the classes a server loads (~40% faster start, ~3x faster first query).
 * It is recorded once per build and JVM by a training run (start, one Cypher query, stop); if this JVM can't make
 * one, a `.failed` note keeps us from retrying until the next build.
 */
async function cdsArgs(java) {
  if (process.env.NEO4J_TEST_SERVER_CDS === '0') return [];
  const real = fs.realpathSync(java);
  const jvm = createHash('sha1').update(`${real}@${mtime(real)}`).digest('hex').slice(0, 10);
  const archive = path.join(TARGET, `launcher-${jvm}.jsa`);
  const failed = `${archive}.failed`;
  const fresh = (f) => (mtime(f) ?? -1) >= (mtime(STAMP) ?? Infinity);
  const use = () => (fresh(archive) ? [`-XX:SharedArchiveFile=${archive}`] : []);
  if (fresh(archive) || fresh(failed)) return use();
  await withLock(async () => {
    if (fresh(archive) || fresh(failed)) return;
    for (const f of fs.readdirSync(TARGET)) if (f.endsWith('.jsa.tmp')) fs.rmSync(path.join(TARGET, f));
    console.error('neo4j-test-server: recording the JVM class archive (once per build)...');
    const tmp = `${archive}.tmp`;
    try {
      const server = await launch(java, [`-XX:ArchiveClassesAtExit=${tmp}`, '-Dwarmup=true'], 300_000, 120_000);
      await server.stop(); // the JVM writes the archive as it exits
      if ((await server.exited).signal === 'SIGKILL') throw new Error('killed while writing the archive');
      if (!(fs.statSync(tmp, { throwIfNoEntry: false })?.size > 0)) throw new Error('the JVM wrote no archive');
      fs.renameSync(tmp, archive);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      fs.writeFileSync(failed, `${e.message}\n`);
    }
  });
  return use();
}

function isAlive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

/**
 * Starts a Neo4j test server; `timeoutMs` (default 120 s) bounds the wait for the server, not the one-off build.
 * `jvmArgs` are added to the JVM's flags (e.g. `-DcopyFrom=DIR`, `-DsaveTo=DIR`: see Launcher.java), and `killAfterMs`
 * bounds a clean stop (default 10 s; a stop that saves a large store needs longer).
 * Resolves to { uri: 'bolt://127.0.0.1:PORT', pid, stop(): Promise<void>, exited: Promise<{ code, signal }> }.
 * stop() is idempotent: SIGTERM (clean shutdown, store deleted), SIGKILL after 10 s, resolves once the JVM is gone.
 * Throws if Java/Maven are missing, the build fails, or the server exits or times out before it is ready.
 */
export async function startNeo4jTestServer({ timeoutMs = 120_000, jvmArgs = [], killAfterMs = KILL_AFTER_MS } = {}) {
  const { java, mvn } = findTools();
  await ensureBuilt(mvn);
  return launch(java, [...(await cdsArgs(java)), ...jvmArgs], timeoutMs, killAfterMs);
}

async function launch(java, jvmArgs, timeoutMs, killAfterMs = KILL_AFTER_MS) {
  const classpath = `${JAR}${path.delimiter}${fs.readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const extra = (process.env.NEO4J_TEST_SERVER_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(java, [...JVM_ARGS, ...jvmArgs, ...extra, '-cp', classpath, 'Launcher'], {
    cwd: MODULE_DIR,
    stdio: ['pipe', 'pipe', 'pipe'], // stdin stays open: its EOF tells the JVM we are gone
  });
  child.stdin.on('error', () => {}); // EPIPE if the JVM dies first

  // Keep the last output lines for error messages (the JVM prints its own start-up errors on stdout).
  const lines = [];
  const partial = { stdout: '', stderr: '' };
  let onUri;
  for (const name of ['stdout', 'stderr']) {
    child[name].setEncoding('utf8').on('data', (d) => {
      const got = (partial[name] + d).split('\n');
      partial[name] = got.pop();
      for (const line of got) {
        const m = name === 'stdout' && /^BOLT_URI=(bolt:\/\/\S+)\s*$/.exec(line);
        if (m) onUri?.(m[1]);
        else lines.push(line);
      }
      lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES));
    });
  }
  const tail = () => [...lines, partial.stdout, partial.stderr].filter(Boolean).join('\n');
  const exited = new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal })); // after its output is drained
    child.on('error', (error) => resolve({ code: null, signal: null, error })); // e.g. spawn failed
  });

  let uri;
  try {
    uri = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`Neo4j test server did not start within ${timeoutMs} ms. Last output lines:\n${tail()}`));
      }, timeoutMs);
      onUri = (u) => { clearTimeout(timer); resolve(u); };
      exited.then(({ code, signal, error }) => {
        clearTimeout(timer);
        reject(error ?? new Error(`Neo4j test server exited (${signal ?? `code ${code}`}) before it was ready. `
          + `Last output lines:\n${tail()}`));
      });
    });
  } catch (e) {
    await exited;
    throw e;
  }
  // Don't keep the Node process alive for the server: when Node exits, the JVM sees stdin EOF and exits too.
  for (const h of [child, child.stdin, child.stdout, child.stderr]) h.unref?.();

  let stopping;
  const stop = () => (stopping ??= (async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      await exited;
      clearTimeout(timer);
    }
  })());
  return { uri, pid: child.pid, stop, exited };
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    const server = await startNeo4jTestServer({ timeoutMs: 600_000 });
    console.log(`BOLT_URI=${server.uri}`);
    console.error(`Neo4j test server ready in ${Date.now() - started} ms (pid ${server.pid}); Ctrl-C to stop.`);
    const keepAlive = setInterval(() => {}, 1 << 30);
    let stopping = false;
    const shutdown = async () => { stopping = true; await server.stop(); clearInterval(keepAlive); process.exit(0); };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
    server.exited.then(({ code, signal }) => {
      if (stopping) return;
      console.error(`Neo4j test server exited unexpectedly (${signal ?? `code ${code}`})`);
      process.exit(1);
    });
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
