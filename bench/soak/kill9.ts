/**
 * The kill -9 soak: the real service (src/main.ts) and the real import CLI on a populated embedded graph, killed
 * with SIGKILL at random moments under a mixed load, then reopened and checked. Each round either
 * - starts the service, checks every write acknowledged so far is there, then runs small mutations from a few
 *   clients (each acknowledged one recorded: id and value), sometimes an `importSnapshot` over HTTP, and kills it; or
 * - runs `npm run import` of a whole snapshot into the populated graph and kills it.
 * A directory "fails to open" when the next process cannot start on it: the service never listens, or the import CLI
 * ends before it starts writing. A process that opened and then ended on its own before its kill (a crash such as
 * SIGSEGV, or an exit code) is counted apart, with its exit code or signal and last output lines; the service is then
 * started once more on the directory, and only if that start fails does the directory count as failing to open.
 * At the end `npm run export` reads the whole graph: every acknowledged write must be in it, and the imported
 * companies must all come from one snapshot or the other (an import is all or nothing).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectSnapshot, generateSnapshot } from '@/generator';
import { type ProcessEnd, ProjectProcess, describeEnd, graphql } from './processes';

export interface SoakOptions {
  kills: number;
  /** People in the generated graph (the two snapshots imported over each other have as many each). */
  people: number;
  /** A fresh directory for the data and the snapshot files. */
  dir: string;
  seed?: number;
  log?: (line: string) => void;
}

export interface SoakResult {
  kills: number;
  /** Starts that could not open the directory (must be 0). */
  failedOpens: number;
  /** Processes that opened the directory and then ended on their own before their kill (must be 0). */
  endedOnTheirOwn: number;
  acknowledgedWrites: number;
  /** Acknowledged writes missing or changed afterwards (must be 0). */
  lostWrites: number;
  /** Kills while an import (HTTP or CLI) was running and unacknowledged. */
  killsDuringImport: number;
  importsAcknowledged: number;
  /** Restarts that set aside the WAL of an unacknowledged import (graph.kuzu.wal.discarded-*). */
  walsSetAside: number;
  /** Restarts that replayed a WAL left by small writes (in a child process). */
  walsReplayed: number;
  seconds: number;
  /** What went wrong, for the report (empty when the figures above are 0). */
  problems: string[];
}

const TOKEN = 'soak-admin-token';
const CLIENTS = 3;

/** A small deterministic random source (the same seed gives the same kill schedule). */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const started = Date.now();
  const say = options.log ?? (() => undefined);
  const rand = random(options.seed ?? 1);
  const data = join(options.dir, 'data');
  mkdirSync(options.dir, { recursive: true });
  const snapshots = [1, 2].map((seed) => collectSnapshot(generateSnapshot({ people: options.people, seed: `soak-${seed}` })));
  const files = snapshots.map((s, i) => join(options.dir, `snapshot-${i}.json`));
  snapshots.forEach((s, i) => writeFileSync(files[i], JSON.stringify(s)));
  const env = { DATA_DIR: data, ADMIN_TOKEN: TOKEN, PORT: '0', RATE_LIMIT_PER_MINUTE: '0', MAX_BODY_BYTES: String(256 * 2 ** 20) };

  const first = new ProjectProcess('src/cli/import.ts', [files[0]], env);
  if ((await first.exited).code !== 0) throw new Error(`the first import failed: ${first.output().slice(-2000)}`);

  const result: SoakResult = {
    kills: 0, failedOpens: 0, endedOnTheirOwn: 0, acknowledgedWrites: 0, lostWrites: 0, killsDuringImport: 0, importsAcknowledged: 0,
    walsSetAside: 0, walsReplayed: 0, seconds: 0, problems: [],
  };
  /** Acknowledged writes: created companies (id → name) and, per client, its own company's last acknowledged name. */
  const created = new Map<string, string>();
  const updated = new Map<string, { acknowledged: string | null; inFlight: string | null }>();
  let unchecked: string[] = [];

  for (let round = 0; round < options.kills; round++) {
    const cli = rand() < 0.25;
    if (cli) {
      const importer = new ProjectProcess('src/cli/import.ts', [files[round % 2]], env);
      await new Promise((r) => setTimeout(r, 300 + rand() * 6000));
      importer.kill9();
      const end = await importer.exited;
      const opened = /checking and writing/.test(importer.output());
      result.kills++;
      if (/replayed the write-ahead log/.test(importer.output())) result.walsReplayed++;
      const how = end.code === 0 ? 'finished before its kill' : ownEnd(end) ? `ended on its own: ${importer.lastLines(3)}` : 'killed';
      say(`round ${round}: import CLI ${how} (${describeEnd(end)})`);
      if (end.code === 0) result.importsAcknowledged++;
      else if (!ownEnd(end)) {
        if (opened) result.killsDuringImport++;
      } else if (!opened) {
        problem(result, `round ${round}: the import CLI could not open the directory (${describeEnd(end)}): ${importer.lastLines(5)}`, 'open');
        break;
      } else {
        problem(result, `round ${round}: the import CLI opened the directory, started writing, then ended on its own before its kill (${describeEnd(end)}); last output: ${importer.lastLines(5)}`, 'ended');
        if (!(await opensAgain(env, round, result, say))) break;
      }
      continue;
    }
    const service = new ProjectProcess('src/main.ts', [], env);
    let url: string;
    try {
      url = (await service.waitFor(/"url":"(http:[^"]+)"/, 120_000))[1];
    } catch (e) {
      service.kill9();
      const end = await service.exited;
      problem(result, `round ${round}: the service could not open the directory (${describeEnd(end)}): ${service.lastLines(5)}`, 'open');
      break;
    }
    if (/replayed the write-ahead log/.test(service.output())) result.walsReplayed++;
    // writes acknowledged in the rounds before are all there
    for (const id of unchecked) {
      const got = await graphql(url, TOKEN, 'query($id: ID!) { company(id: $id) { name } }', { id });
      const name = (got.data?.company as { name?: string } | null)?.name;
      if (name !== created.get(id)) problem(result, `round ${round}: acknowledged company ${id} reads ${JSON.stringify(name)}`, 'lost');
    }
    unchecked = [];
    for (const [id, state] of updated) {
      const got = await graphql(url, TOKEN, 'query($id: ID!) { company(id: $id) { name } }', { id });
      const name = (got.data?.company as { name?: string } | null)?.name ?? null;
      if (state.acknowledged !== null && name !== state.acknowledged && name !== state.inFlight) {
        problem(result, `round ${round}: ${id} reads ${JSON.stringify(name)}, acknowledged ${state.acknowledged}`, 'lost');
      }
      state.acknowledged = name; // what it is now is what later rounds must keep
      state.inFlight = null;
    }
    if (result.lostWrites) break;

    let stop = false;
    let importRunning = false;
    const clients = Array.from({ length: CLIENTS }, async (_, k) => {
      const own = `soak-u${k}`;
      if (!updated.has(own)) {
        const made = await graphql(url, TOKEN, 'mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }', { i: { id: own, name: 'v0' } }).catch(() => null);
        if (made?.data) updated.set(own, { acknowledged: 'v0', inFlight: null });
        else {
          if (made?.errors) problem(result, `round ${round}: createCompany was refused: ${JSON.stringify(made.errors).slice(0, 300)}`, 'other');
          return;
        }
      }
      for (let n = 0; !stop; n++) {
        try {
          if (n % 2 === 0) {
            const id = `soak-${round}-${k}-${n}`;
            const name = `n${Math.floor(rand() * 1e9)}`;
            const got = await graphql(url, TOKEN, 'mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }', { i: { id, name } });
            if (got.data && !got.errors) {
              created.set(id, name);
              unchecked.push(id);
              result.acknowledgedWrites++;
            }
          } else {
            const state = updated.get(own)!;
            const name = `v${round}-${n}`;
            state.inFlight = name;
            const got = await graphql(url, TOKEN, 'mutation($id: ID!, $i: UpdateCompanyInput!) { updateCompany(id: $id, input: $i) { id } }', { id: own, i: { name } });
            if (got.data && !got.errors) {
              state.acknowledged = name;
              state.inFlight = null;
              result.acknowledgedWrites++;
            }
          }
        } catch {
          return; // killed
        }
      }
    });
    const importer = (async () => {
      if (rand() < 0.5) return;
      await new Promise((r) => setTimeout(r, rand() * 1500));
      importRunning = true;
      try {
        const got = await graphql(url, TOKEN, 'mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: snapshots[round % 2] });
        if (got.data && !got.errors) result.importsAcknowledged++;
      } catch {
        // killed
      } finally {
        importRunning = false;
      }
    })();
    await new Promise((r) => setTimeout(r, 200 + rand() * 5000));
    const during = importRunning;
    service.kill9();
    const end = await service.exited;
    stop = true;
    await Promise.all([...clients, importer]);
    result.kills++;
    if (during) result.killsDuringImport++;
    say(`round ${round}: service ${ownEnd(end) ? 'ended on its own' : 'killed'} (${describeEnd(end)}), ${result.acknowledgedWrites} writes acknowledged so far${during ? ', during an import' : ''}`);
    if (ownEnd(end)) {
      problem(result, `round ${round}: the service ended on its own before its kill (${describeEnd(end)}); last output: ${service.lastLines(5)}`, 'ended');
      if (!(await opensAgain(env, round, result, say))) break;
    }
  }

  // the whole graph, read back by the export CLI: every acknowledged write, and each import whole
  if (!result.failedOpens) {
    const out = join(options.dir, 'export.json');
    const exporter = new ProjectProcess('src/cli/export.ts', [out], env);
    const end = await exporter.exited;
    if (end.code !== 0) problem(result, `the final export failed (${describeEnd(end)}): ${exporter.lastLines(5)}`, 'open');
    else {
      const graph = JSON.parse(readFileSync(out, 'utf8')) as { companies: { id: string; name: string }[] };
      const names = new Map(graph.companies.map((c) => [c.id, c.name]));
      for (const [id, name] of created) if (names.get(id) !== name) problem(result, `export: acknowledged company ${id} reads ${JSON.stringify(names.get(id))}`, 'lost');
      for (const [id, state] of updated) {
        if (state.acknowledged !== null && names.get(id) !== state.acknowledged && names.get(id) !== state.inFlight) problem(result, `export: ${id} reads ${names.get(id)}`, 'lost');
      }
      const from = snapshots.map((s) => (s.companies as { id: string; name: string }[]).filter((c) => names.get(c.id) === c.name).length);
      const second = new Set((snapshots[1].companies as { id: string }[]).map((c) => c.id));
      const shared = (snapshots[0].companies as { id: string }[]).filter((c) => second.has(c.id)).length;
      if (Math.max(...from) < shared) problem(result, `export: the imported companies mix the two snapshots (${from.join(' / ')} of ${shared})`, 'other');
    }
  }
  result.walsSetAside = readdirSync(data).filter((f) => f.startsWith('graph.kuzu.wal.discarded-')).length;
  result.seconds = Math.round((Date.now() - started) / 1000);
  return result;
}

/** Ended before we killed it: on its own (an exit code, or a signal other than our SIGKILL). */
function ownEnd(end: ProcessEnd): boolean {
  return end.beforeKill || end.signal !== 'SIGKILL';
}

/**
 * After a process ended on its own: one more start of the service on the directory. True when it opened (the soak goes
 * on); false, counted as a failed open, when it did not.
 */
async function opensAgain(env: Record<string, string>, round: number, result: SoakResult, say: (line: string) => void): Promise<boolean> {
  const service = new ProjectProcess('src/main.ts', [], env);
  try {
    await service.waitFor(/"url":"(http:[^"]+)"/, 120_000);
    say(`round ${round}: the directory opens again after that`);
    return true;
  } catch {
    const end = await service.exited;
    problem(result, `round ${round}: after that, the service could not open the directory (${describeEnd(end)}): ${service.lastLines(5)}`, 'open');
    return false;
  } finally {
    service.kill9();
    await service.exited;
  }
}

function problem(result: SoakResult, text: string, kind: 'open' | 'ended' | 'lost' | 'other'): void {
  if (kind === 'open') result.failedOpens++;
  if (kind === 'ended') result.endedOnTheirOwn++;
  if (kind === 'lost') result.lostWrites++;
  result.problems.push(text);
}

/** Removes the soak's directory (data and snapshot files). */
export function removeSoakDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
