// The load generator, in its own process so that it competes with the server for neither the event loop nor
// the memory we measure. bench/harness/load.ts forks it and sends jobs over IPC:
//   { url, headers, connections, durationSec, minResponses, bodies: string[] }  ->  { latencies: number[], responses, failed, durationSec, mode }
// Every request takes the next body of `bodies` (shared across connections), so clients do not move in lockstep.
'use strict';
const autocannon = require('autocannon');

function run(job) {
  return new Promise((resolve, reject) => {
    let next = 0;
    const latencies = [];
    const instance = autocannon(
      {
        url: job.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...job.headers },
        connections: job.connections,
        ...(job.amount ? { amount: job.amount } : { duration: job.durationSec }),
        timeout: 30,
        requests: [
          {
            setupRequest(request) {
              request.body = job.bodies[next++ % job.bodies.length];
              return request;
            },
          },
        ],
        // A GraphQL failure is a 200 with an `errors` list: it counts as a mismatch, not a success.
        verifyBody: (body) => !body.includes('"errors"'),
      },
      (error, result) => {
        if (error) return reject(error);
        const failed = result.non2xx + result.errors + result.timeouts + result.mismatches;
        resolve({
          latencies,
          responses: latencies.length,
          failed,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          mismatches: result.mismatches,
          durationSec: result.duration,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

/**
 * Runs `job` for durationSec. Requests still in flight when the time is up are dropped, so when that gave fewer than
 * job.minResponses answers (requests too slow for the round), it runs again until exactly minResponses answers have
 * come back, with no cut-off, and reports that run alone: its latencies are not censored at the round's end.
 */
async function runEnough(job) {
  const first = await run(job);
  if (!job.minResponses || first.responses >= job.minResponses) return { ...first, mode: 'duration' };
  const counted = await run({ ...job, amount: job.minResponses });
  return { ...counted, mode: 'amount' };
}

process.on('message', (job) => {
  runEnough(job).then(
    (result) => process.send({ ok: true, result }),
    (error) => process.send({ ok: false, error: String((error && error.stack) || error) }),
  );
});
