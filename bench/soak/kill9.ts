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
 * Imports are also let finish: the first import's duration is measured, kill delays are drawn over a range that
 * covers it, and in some import rounds (a third over HTTP, a fifth of the CLI's) the soak waits for the acknowledgement (the HTTP answer, or the CLI's
 * exit 0), keeps writing, then kills. Every start of the service reads all the snapshot's companies: they must be one
 * snapshot's, whole and exact; after an acknowledged import of snapshot X and no later import started, X's; after an
 * unacknowledged one, as before it or X. The round after an acknowledged import is always a service start, so every
 * acknowledged import is checked.
 * At the end `npm run export` reads the whole graph: every acknowledged write must be in it, and the imported
 * companies must all come from the snapshot the last start read (or the import after it).
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
  /**
   * No round starts after this many seconds (the final export still runs): on a loaded machine a round can take a
   * minute. The result then says how many kills were done of `kills`.
   */
  budgetSeconds?: number;
  /** Called before each round with its number and the data directory (a debugging seam: e.g. keep a copy of it). */
  beforeRound?: (round: number, data: string) => void;
}

export interface SoakResult {
  /** SIGKILLs that hit a running process (a round whose import CLI finished first is not a kill). */
  kills: number;
  rounds: number;
  /** Starts that could not open the directory (must be 0). */
  failedOpens: number;
  /** Processes that opened the directory and then ended on their own before their kill (must be 0). */
  endedOnTheirOwn: number;
  acknowledgedWrites: number;
  /** Acknowledged writes missing or changed afterwards (must be 0). */
  lostWrites: number;
  /** Starts that read the snapshots' companies as no single snapshot's, exactly, after an unacknowledged import (must be 0). */
  mixedReads: number;
  /** Kills while an import (HTTP or CLI) was running and unacknowledged. */
  killsDuringImport: number;
  importsAcknowledged: number;
  /** Acknowledged imports whose snapshot the next start read back, every company exact (all of them must be). */
  importsChecked: number;
  /** Small writes acknowledged after an import was acknowledged in the same process (checked like every write). */
  writesAfterImport: number;
  /** Companies in each snapshot (each read back, every field, at every start of the service). */
  companies: number;
  /** Duration of the first import (`npm run import` of a snapshot into an empty directory), process start included. */
  firstImportMs: number;
  /** Restarts that set aside the WAL of an unacknowledged import (graph.kuzu.wal.discarded-*). */
  walsSetAside: number;
  /** Restarts that replayed a WAL left by small writes (in a child process). */
  walsReplayed: number;
  seconds: number;
  /** True when the time budget ended the run before `kills` kills. */
  outOfTime: boolean;
  /** What went wrong, for the report (empty when the figures above are 0). */
  problems: string[];
}

const TOKEN = 'soak-admin-token-0123456789abcdefgh';
const CLIENTS = 3;

/** A small deterministic random source (the same seed gives the same kill schedule). */
/** `p`, or nothing after `ms`; the timer is cleared either way (a pending one kept a test's process alive 5 minutes). */
async function atMost(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([p, new Promise((r) => (timer = setTimeout(r, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** The companies' fields a snapshot sets and the service reads back (all of them: "exact" means every one). */
const COMPANY_FIELDS = [
  'name', 'nameKana', 'partnerStatus', 'industry', 'prefecture', 'employeeCount', 'foundedYear', 'annualRevenue', 'capital',
  'fiscalYearEndMonth', 'customerCount', 'customerSegments', 'strengths', 'weaknesses', 'businessPolicy', 'challenges', 'customFields',
];
type Company = Record<string, unknown> & { id: string; name: string };

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

  const firstStarted = Date.now();
  const first = new ProjectProcess('src/cli/import.ts', [files[0]], env);
  if ((await first.exited).code !== 0) throw new Error(`the first import failed: ${first.output().slice(-2000)}`);
  const firstImportMs = Date.now() - firstStarted;
  say(`first import (${options.people} people, empty directory): ${firstImportMs} ms`);

  const result: SoakResult = {
    kills: 0, rounds: 0, failedOpens: 0, endedOnTheirOwn: 0, acknowledgedWrites: 0, lostWrites: 0, mixedReads: 0, killsDuringImport: 0, importsAcknowledged: 0,
    importsChecked: 0, writesAfterImport: 0, companies: (snapshots[0].companies as Company[]).length, firstImportMs, walsSetAside: 0, walsReplayed: 0, seconds: 0, outOfTime: false, problems: [],
  };
  /** Acknowledged writes: created companies (id → name) and, per client, its own company's last acknowledged name. */
  const created = new Map<string, string>();
  const updated = new Map<string, { acknowledged: string | null; inFlight: string | null }>();
  let unchecked: string[] = [];
  /**
   * The snapshot whose companies the graph holds (index), as of the last acknowledged import or the last start's read;
   * `started`: an import begun since and not acknowledged (the next start may read either); `acknowledged`: the graph
   * holds `holds` because an import of it was acknowledged, not yet read back.
   */
  const graph: { holds: number; started: number | null; acknowledged: boolean } = { holds: 0, started: null, acknowledged: false };
  /** How long an import takes here (ms): kill delays are drawn over a range that covers it. */
  let importMs = firstImportMs;
  const maxRounds = options.kills * 3 + 10;

  for (let round = 0; result.kills < options.kills && round < maxRounds; round++) {
    if (options.budgetSeconds !== undefined && Date.now() - started > options.budgetSeconds * 1000) {
      result.outOfTime = true;
      say(`time budget (${options.budgetSeconds} s) spent after ${result.kills} kills`);
      break;
    }
    result.rounds = round + 1;
    options.beforeRound?.(round, data);
    const snapshot = 1 - graph.holds; // the other one: an import that changes every company
    // after an acknowledged import, the next start is the service's, which reads the import back
    const cli = !graph.acknowledged && rand() < 0.25;
    if (cli) {
      const waitForIt = rand() < 1 / 5; // a second process start and an import: the costliest round on a loaded machine
      const delay = 300 + rand() * 1.3 * importMs;
      const importer = new ProjectProcess('src/cli/import.ts', [files[snapshot]], env);
      graph.started = snapshot;
      const t0 = Date.now();
      if (waitForIt) await atMost(importer.exited, 300_000);
      else await new Promise((r) => setTimeout(r, delay));
      importer.kill9();
      const end = await importer.exited;
      const opened = /checking and writing/.test(importer.output());
      const killed = !ownEnd(end);
      if (killed) result.kills++;
      if (/replayed the write-ahead log/.test(importer.output())) result.walsReplayed++;
      const how = end.code === 0 ? `finished before its kill (${Date.now() - t0} ms)` : ownEnd(end) ? `ended on its own: ${importer.lastLines(3)}` : `killed after ${Math.round(delay)} ms`;
      say(`round ${round}: import CLI of snapshot ${snapshot}${waitForIt ? ', waited for' : ''} ${how} (${describeEnd(end)})`);
      if (end.code === 0 && end.beforeKill) {
        result.importsAcknowledged++;
        Object.assign(graph, { holds: snapshot, started: null, acknowledged: true });
      } else if (killed) {
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
    // the imported companies: one snapshot's, whole and exact; the acknowledged import's if no import began after it
    const holds = await whichSnapshot(url, snapshots.map((s) => s.companies as Company[]));
    if (typeof holds === 'string') problem(result, `round ${round}: the imported companies are no snapshot's: ${holds}`, graph.started === null ? 'lost' : 'mixed');
    else {
      const allowed = graph.started === null ? [graph.holds] : [graph.holds, graph.started];
      if (!allowed.includes(holds)) {
        problem(result, `round ${round}: the companies are snapshot ${holds}'s, expected ${allowed.join(' or ')}${graph.acknowledged ? ' (an acknowledged import)' : ''}`, 'lost');
      } else if (graph.acknowledged) result.importsChecked++;
      Object.assign(graph, { holds, started: null, acknowledged: false });
    }
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
    if (result.lostWrites) {
      service.kill9();
      await service.exited;
      break;
    }

    let stop = false;
    let importRunning = false;
    let importDone = false;
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
              if (importDone) result.writesAfterImport++;
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
              if (importDone) result.writesAfterImport++;
            }
          }
        } catch {
          return; // killed
        }
      }
    });
    const importing = rand() < 0.5;
    const waitForImport = importing && rand() < 1 / 3;
    const importDelay = rand() * 1500;
    const importer = (async () => {
      if (!importing) return;
      await new Promise((r) => setTimeout(r, importDelay));
      importRunning = true;
      graph.started = snapshot;
      const t0 = Date.now();
      try {
        const got = await graphql(url, TOKEN, 'mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: snapshots[snapshot] });
        if (got.data && !got.errors) {
          result.importsAcknowledged++;
          Object.assign(graph, { holds: snapshot, started: null, acknowledged: true });
          importMs = Date.now() - t0;
          importDone = true;
          say(`round ${round}: importSnapshot of snapshot ${snapshot} acknowledged after ${importMs} ms`);
        } else problem(result, `round ${round}: importSnapshot answered with errors: ${JSON.stringify(got.errors).slice(0, 300)}`, 'other');
      } catch {
        // killed
      } finally {
        importRunning = false;
      }
    })();
    let delay: number;
    if (waitForImport) {
      // the acknowledgement, then more small writes, then the kill
      await atMost(importer, 300_000);
      delay = 200 + rand() * 2000;
    } else delay = 200 + rand() * (importing ? importDelay + 1.3 * importMs : 5000);
    await new Promise((r) => setTimeout(r, delay));
    const during = importRunning;
    service.kill9();
    const end = await service.exited;
    stop = true;
    await Promise.all([...clients, importer]);
    if (!ownEnd(end)) result.kills++;
    if (during) result.killsDuringImport++;
    say(`round ${round}: service ${ownEnd(end) ? 'ended on its own' : 'killed'} (${describeEnd(end)}), ${result.acknowledgedWrites} writes acknowledged so far${during ? ', during an import' : ''}${importDone ? ', after an acknowledged import' : ''}`);
    if (ownEnd(end)) {
      problem(result, `round ${round}: the service ended on its own before its kill (${describeEnd(end)}); last output: ${service.lastLines(5)}`, 'ended');
      if (!(await opensAgain(env, round, result, say))) break;
    }
  }
  if (result.kills < options.kills && !result.outOfTime && !result.problems.length) problem(result, `only ${result.kills} kills in ${result.rounds} rounds`, 'other');

  // the whole graph, read back by the export CLI: every acknowledged write, and each import whole
  if (!result.failedOpens) {
    const out = join(options.dir, 'export.json');
    const exporter = new ProjectProcess('src/cli/export.ts', [out], env);
    const end = await exporter.exited;
    if (end.code !== 0) problem(result, `the final export failed (${describeEnd(end)}): ${exporter.lastLines(5)}`, 'open');
    else {
      const exported = JSON.parse(readFileSync(out, 'utf8')) as { companies: Company[] };
      const names = new Map(exported.companies.map((c) => [c.id, c.name]));
      for (const [id, name] of created) if (names.get(id) !== name) problem(result, `export: acknowledged company ${id} reads ${JSON.stringify(names.get(id))}`, 'lost');
      for (const [id, state] of updated) {
        if (state.acknowledged !== null && names.get(id) !== state.acknowledged && names.get(id) !== state.inFlight) problem(result, `export: ${id} reads ${names.get(id)}`, 'lost');
      }
      const byId = new Map(exported.companies.map((c) => [c.id, c]));
      const holds = classify((id) => byId.get(id), snapshots.map((s) => s.companies as Company[]));
      const allowed = graph.started === null ? [graph.holds] : [graph.holds, graph.started];
      if (typeof holds === 'string') problem(result, `export: the imported companies are no snapshot's: ${holds}`, 'other');
      else if (!allowed.includes(holds)) problem(result, `export: the companies are snapshot ${holds}'s, expected ${allowed.join(' or ')}`, 'lost');
      else if (graph.acknowledged) result.importsChecked++;
    }
  }
  result.walsSetAside = readdirSync(data).filter((f) => f.startsWith('graph.kuzu.wal.discarded-')).length;
  result.seconds = Math.round((Date.now() - started) / 1000);
  return result;
}

/** All of the snapshots' companies read through the service (10 a request: a query may hold 15 aliases), classified. */
async function whichSnapshot(url: string, snapshots: Company[][]): Promise<number | string> {
  const ids = [...new Set(snapshots.flatMap((s) => s.map((c) => c.id)))];
  const read = new Map<string, Company | null>();
  for (let from = 0; from < ids.length; from += 10) {
    const some = ids.slice(from, from + 10);
    const got = await graphql(url, TOKEN, `{ ${some.map((id, i) => `c${i}: company(id: ${JSON.stringify(id)}) { id ${COMPANY_FIELDS.join(' ')} }`).join(' ')} }`);
    if (got.errors || !got.data) return `the read failed: ${JSON.stringify(got.errors).slice(0, 300)}`;
    some.forEach((id, i) => read.set(id, got.data![`c${i}`] as Company | null));
  }
  return classify((id) => read.get(id) ?? undefined, snapshots);
}

/**
 * Which snapshot's companies these are, every field of every company exact (a snapshot's absent field reads null);
 * a description of the mismatch when they are no single snapshot's.
 */
function classify(get: (id: string) => Record<string, unknown> | undefined, snapshots: Company[][]): number | string {
  const matches = snapshots.map((companies) => companies.filter((c) => {
    const got = get(c.id);
    return got !== undefined && COMPANY_FIELDS.every((f) => canonical(f, got[f]) === canonical(f, c[f]));
  }).length);
  const whole = matches.findIndex((m, i) => m === snapshots[i].length);
  if (whole >= 0) return whole;
  // per snapshot: which fields differ, in how many companies, and one example
  const differences = snapshots.map((companies, i) => {
    const fields = new Map<string, number>();
    let example = '';
    for (const c of companies) {
      const got = get(c.id);
      for (const f of got === undefined ? ['(missing)'] : COMPANY_FIELDS.filter((f) => canonical(f, got[f]) !== canonical(f, c[f]))) {
        fields.set(f, (fields.get(f) ?? 0) + 1);
        if (!example && got !== undefined) example = `${c.id}.${f} reads ${canonical(f, got[f]).slice(0, 120)}, snapshot ${i} has ${canonical(f, c[f]).slice(0, 120)}`;
      }
    }
    return `vs snapshot ${i}: ${[...fields].map(([f, n]) => `${f} ×${n}`).join(', ')} (e.g. ${example})`;
  });
  return `${matches.join(' / ')} of ${snapshots.map((s) => s.length).join(' / ')} companies exact; ${differences.join('; ')}`;
}

/** Field `f`'s value as JSON, object keys sorted (any order compares equal), absent as its empty value. */
function canonical(f: string, v: unknown): string {
  const value = v ?? (f === 'customerSegments' ? [] : f === 'customFields' ? {} : null);
  return JSON.stringify(value, (_, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
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

function problem(result: SoakResult, text: string, kind: 'open' | 'ended' | 'lost' | 'mixed' | 'other'): void {
  if (kind === 'open') result.failedOpens++;
  if (kind === 'mixed') result.mixedReads++;
  if (kind === 'ended') result.endedOnTheirOwn++;
  if (kind === 'lost') result.lostWrites++;
  result.problems.push(text);
}

/** Removes the soak's directory (data and snapshot files). */
export function removeSoakDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
