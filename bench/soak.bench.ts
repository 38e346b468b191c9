/**
 * The kill -9 soak (npm run bench -- soak): bench/soak/kill9.ts with 200 kills (20 with --quick) on a generated graph
 * of 1,000 people (`--people N` for another size; the harness default of 100,000 does not apply: the soak restarts the service hundreds of times, so the graph stays small
 * enough for a round to take seconds). The embedded engine only: Neo4j's durability is its own (a server we do not
 * kill here). BENCH_SOAK_KILLS overrides the number of kills; BENCH_SOAK_MINUTES sets a time budget after which no
 * round starts (the results then say how many kills were done).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metric, runBenchmark } from './harness';
import { removeSoakDir, runSoak } from './soak/kill9';

/** The soak's own default size; `--people N` (BENCH_PEOPLE) overrides it. */
const PEOPLE = 1000;

runBenchmark({ name: 'soak', title: 'kill -9 soak: random kills under mutations and imports (embedded engine)' }, async (b) => {
  if (b.options.engine !== 'kuzu') {
    b.note('The soak kills the embedded engine; with Neo4j the service holds no database files (nothing to measure here).');
    return;
  }
  const kills = Number(process.env.BENCH_SOAK_KILLS) || (b.options.quick ? 20 : 200);
  // the harness's default size (100,000 people) is not the soak's: the results must name the size that ran
  const people = process.argv.some((a) => a.startsWith('--people')) || process.env.BENCH_PEOPLE ? b.options.people : PEOPLE;
  b.options.people = people;
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-soak-'));
  const seed = Number(b.options.seed) || 1;
  try {
    const budgetSeconds = Number(process.env.BENCH_SOAK_MINUTES) * 60 || undefined;
    const r = await runSoak({ kills, people, dir, seed, budgetSeconds, log: (line) => b.log(line) });
    const c = `${r.kills} kills -9, ${people.toLocaleString('en-US')} people, seed ${seed}`;
    b.add(
      metric({ case: c, name: 'directories that failed to open', unit: '', value: r.failedOpens, goal: { on: 'value', op: '<=', target: 0, text: '0' }, headline: true }),
      metric({ case: c, name: 'processes that ended on their own after opening', unit: '', value: r.endedOnTheirOwn, goal: { on: 'value', op: '<=', target: 0, text: '0' }, headline: true, note: 'exit code or signal in the problems below' }),
      metric({ case: c, name: 'acknowledged writes lost', unit: '', value: r.lostWrites, goal: { on: 'value', op: '<=', target: 0, text: '0' }, headline: true, note: `of ${r.acknowledgedWrites} acknowledged` }),
      metric({ case: c, name: 'starts that read the companies as no single snapshot\'s', unit: '', value: r.mixedReads, goal: { on: 'value', op: '<=', target: 0, text: '0' }, headline: true, note: 'after an unacknowledged import: it must be whole or absent' }),
      metric({ case: c, name: 'acknowledged writes checked', unit: '', value: r.acknowledgedWrites }),
      metric({ case: c, name: 'kills during an import', unit: '', value: r.killsDuringImport }),
      metric({ case: c, name: 'imports acknowledged', unit: '', value: r.importsAcknowledged, goal: { on: 'value', op: '>=', target: 1, text: '≥ 1' }, headline: true, note: 'HTTP importSnapshot answered, or npm run import exited 0' }),
      metric({ case: c, name: 'acknowledged imports read back exact at the next start', unit: '', value: r.importsChecked, goal: { on: 'value', op: '>=', target: r.importsAcknowledged, text: `all ${r.importsAcknowledged}` }, headline: true, note: `every field of all ${r.companies} companies` }),
      metric({ case: c, name: 'small writes acknowledged after an acknowledged import', unit: '', value: r.writesAfterImport, note: 'same process, before its kill; checked with the others' }),
      metric({ case: c, name: 'rounds', unit: '', value: r.rounds, note: 'a round whose npm run import finished before its kill is not a kill' }),
      metric({ case: c, name: 'first import (empty directory, process start included)', unit: 'ms', value: r.firstImportMs, note: 'kill delays are drawn over a range that covers it' }),
      metric({ case: c, name: 'WALs of unacknowledged imports set aside', unit: '', value: r.walsSetAside }),
      metric({ case: c, name: 'WALs replayed (small writes)', unit: '', value: r.walsReplayed }),
      metric({ case: c, name: 'duration', unit: 's', value: r.seconds }),
    );
    if (r.outOfTime) b.note(`Stopped by its time budget (BENCH_SOAK_MINUTES=${process.env.BENCH_SOAK_MINUTES}) after ${r.kills} of the ${kills} kills asked for, in ${r.rounds} rounds; the final export ran as usual.`);
    for (const p of r.problems.slice(0, 20)) b.note(`problem: ${p}`);
    b.note('Imports are let finish too: a third of the HTTP import rounds and a fifth of the CLI ones wait for the acknowledgement (HTTP answer, or exit 0 of `npm run import`), keep writing, then kill; the other kill delays are drawn over a range that covers an import\'s duration. Every start of the service reads all the snapshots\' companies, every field: they must be one snapshot\'s, exactly; after an acknowledged import with no later import started, that import\'s; after an unacknowledged one, as before it or as after it. The round after an acknowledged import is always a start of the service, so each acknowledged import is read back (the last one by the final export).');
    b.note('Each round starts the real service (src/main.ts) or `npm run import` as a child process on the same directory and kills it with SIGKILL at a random moment: the service under 3 clients of small mutations (createCompany, updateCompany; each acknowledged one recorded), half the rounds with an importSnapshot over HTTP of a whole snapshot into the populated graph; a quarter of the rounds are `npm run import` of a whole snapshot. The next start must open the directory and hold every write acknowledged before. A process that ends on its own before its kill (an exit code, or a signal other than our SIGKILL) is reported with how it ended and its last output lines, and the service is started once more to check that the directory still opens; "failed to open" counts only starts that could not open it; `npm run export` at the end must hold them all, and every imported company must come from one snapshot or the other.');
  } finally {
    removeSoakDir(dir);
  }
});
