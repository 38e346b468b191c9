// Preloaded (`node -r`) into a child process the harness measures: on exit it writes the process's peak RSS
// (getrusage maxRSS, in bytes) to the file named by BENCH_PEAK_RSS_FILE. `process.exit()` fires 'exit' too.
'use strict';
const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
    } catch {
      // the measurement is lost, the process's own exit code stands
    }
  });
}
