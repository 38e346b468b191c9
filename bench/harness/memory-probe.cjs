/*
 * Preloaded into a service process by a benchmark (NODE_OPTIONS=--require …/memory-probe.cjs, never by the product):
 * on SIGUSR2 it writes one line `MEMPROBE {json}` to stderr with process.memoryUsage() as it is, then again after a
 * full garbage collection when the process runs with --expose-gc (what is live, not garbage not yet collected).
 */
'use strict';
process.on('SIGUSR2', () => {
  const before = process.memoryUsage();
  let after = null;
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    after = process.memoryUsage();
  }
  process.stderr.write(`MEMPROBE ${JSON.stringify({ before, after })}\n`);
});
