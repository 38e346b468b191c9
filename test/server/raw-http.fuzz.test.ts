import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '@/generator/random';
import { type Service, exited, startService } from '../helpers/process';

/**
 * Raw HTTP from a seeded generator, over plain sockets, at the real process: odd request targets, methods, versions
 * and headers, truncated and oversized bodies, broken chunked encoding, pipelining. Each request must be answered
 * or its connection closed (within 10 s), no answer may be a 5xx, and the process must still serve afterwards.
 * `curl http://localhost:4000//` used to stop the process (an Invalid URL thrown outside any try).
 */
const REQUESTS = 1200;
const TOKEN = 'raw-http-fuzz-admin-token-0123456789';
const MAX_BODY = 20000;

type Outcome = number | 'closed' | 'reset' | 'hung';

const rng = new Rng(20261206); // seeded: a failure replays
const random = (): number => rng.float();
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const chance = (p: number): boolean => random() < p;

const GRAPHQL = ['{ __typename }', '{ companies(first: 2) { totalCount } }', 'query($n: Int) { reps(first: $n) { totalCount } }', '{ compani { id } }', '{', 'mutation { deleteCompany(id: "nope") }'];

const TARGETS = [
  '/', '//', '///graphql', '/%', '/%%', '/%zz', '/%00', '*', 'http://x', 'http://x/graphql', 'https://[::1]/health', 'http://', 'ftp://x/graphql',
  '/graphql?query={__typename}', '/graphql?query=%7B', '/graphql?%', '/graphql;x', '/graphql/', '/GRAPHQL',
  '/health', '/health?x', '/ready', '/../../etc/passwd', '/\\\\host', '?', '/health#frag', `/${'a'.repeat(20000)}`, `/graphql?query=${'%7B'.repeat(3000)}`,
  '/日本', 'mailto:x@y', '//evil.example/graphql', '/graphql?query={__typename}&variables={"a":', '/graphql?extensions=%7B%7D',
];
const METHODS = ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND', 'FOO', 'get', 'CONNECT'];
const VERSIONS = ['HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', 'HTP/1.1', ''];
const CONTENT_TYPES = ['application/json; charset=utf-8', 'text/plain', 'multipart/form-data; boundary=x', 'application/graphql', ''];
const AUTHORIZATIONS = ['Bearer', 'Bearer short', 'Basic YTpi', `Bearer ${'x'.repeat(5000)}`, 'Bearer a.b.c', ''];

function deepJson(levels: number): string {
  return `${'['.repeat(levels)}1${']'.repeat(levels)}`;
}

function body(): string {
  const query = pick(GRAPHQL);
  return pick([
    () => JSON.stringify({ query }),
    () => JSON.stringify({ query, variables: { n: pick([1, 100, -1, 'x', null, 1e300]) } }),
    () => JSON.stringify({ query, variables: { deep: JSON.parse(deepJson(Math.floor(random() * 200))) } }),
    () => `{"query":"{ __typename }","variables":{"x":${deepJson(100000)}}}`,
    () => JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
    () => JSON.stringify([{ query }, { query }]),
    () => '{"query": "{ __typename }"',
    () => 'null',
    () => '"text"',
    () => JSON.stringify({ query: 'x'.repeat(MAX_BODY + 100) }),
    () => Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256))).toString('latin1'),
    () => JSON.stringify({ query: `{ ${Array.from({ length: 1200 }, () => '__typename').join(' ')} }` }),
    () => JSON.stringify({ query: 'mutation($s: String) { createCompany(input: { id: "f", name: $s }) { id } }', variables: { s: 'a\uD800' } }),
  ])();
}

interface Spec {
  method: string;
  target: string;
  version: string;
  headers: string[];
  auth: string;
  type: string;
  payload: string;
  framing: string;
  ending: string;
  halfClose: boolean;
}

/** Each mutation makes one part of a valid request odd; a generated request gets 0 to 3 of them. */
const MUTATIONS: ((s: Spec) => void)[] = [
  (s) => (s.target = pick(TARGETS)),
  (s) => (s.target = pick(TARGETS)),
  (s) => (s.method = pick(METHODS)),
  (s) => (s.version = pick(VERSIONS)),
  (s) => (s.auth = pick(AUTHORIZATIONS)),
  (s) => (s.type = pick(CONTENT_TYPES)),
  (s) => (s.payload = body()),
  (s) => (s.payload = body()),
  (s) => (s.payload = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(MAX_BODY)}` })),
  (s) => (s.framing = pick(['chunked', 'none', 'short', 'long', 'bad-length', 'both', 'bad-chunk', 'pipelined'])),
  (s) => (s.framing = pick(['chunked', 'none', 'short', 'long', 'bad-length', 'both', 'bad-chunk', 'pipelined'])),
  (s) => (s.ending = '\n'),
  (s) => s.headers.splice(0, s.headers.length, ...pick([[], ['Host: a', 'Host: b']])),
  (s) => s.headers.push(`X-Request-Id: ${pick(['abc', 'a b', 'x'.repeat(500), '\u00ff\u00fe', 'id\t1'])}`),
  (s) => s.headers.push(`X-Big: ${'v'.repeat(20000)}`),
  (s) => s.headers.push(...Array.from({ length: 2100 }, (_, i) => `X-H${i}: ${i}`)),
  (s) => s.headers.push(pick(['Bad Header: x', 'NoColon', 'X-Ctl: a\u0001b', ': empty', 'X-Obs:\r\n folded'])),
  (s) => s.headers.push('Expect: 100-continue'),
  (s) => s.headers.push('Connection: Upgrade', 'Upgrade: websocket'),
  (s) => s.headers.push('Apollo-Require-Preflight: true'),
];

/** One generated request as the bytes to send, and whether to half-close the socket after them. */
function request(): { bytes: string; halfClose: boolean } {
  const s: Spec = {
    method: 'POST', target: '/graphql', version: 'HTTP/1.1', headers: ['Host: 127.0.0.1'], auth: `Bearer ${TOKEN}`,
    type: 'application/json', payload: JSON.stringify({ query: pick(GRAPHQL) }), framing: 'length', ending: '\r\n', halfClose: chance(0.1),
  };
  const odd = Math.floor(random() * 4);
  for (let i = 0; i < odd; i++) pick(MUTATIONS)(s);
  const headers = [...s.headers];
  if (s.auth) headers.push(`Authorization: ${s.auth}`);
  if (s.type) headers.push(`Content-Type: ${s.type}`);
  let payload = s.payload;
  const size = Buffer.byteLength(payload, 'latin1'); // the bytes are sent as latin1
  const hex = (text: string): string => Buffer.byteLength(text, 'latin1').toString(16);
  if (s.framing === 'length') headers.push(`Content-Length: ${size}`);
  else if (s.framing === 'short') {
    // the body stops early: the server cannot know more will not come, so the client closes its side
    headers.push(`Content-Length: ${size + 1 + Math.floor(random() * 1000)}`);
    s.halfClose = true;
  } else if (s.framing === 'long') headers.push(`Content-Length: ${Math.max(0, size - 5)}`);
  else if (s.framing === 'bad-length') headers.push(`Content-Length: ${pick(['-1', 'abc', '99999999999999999999', '1, 2', '0x10', `${size}`])}`, ...(chance(0.5) ? [`Content-Length: ${size + 3}`] : []));
  else if (s.framing === 'both') headers.push(`Content-Length: ${size}`, 'Transfer-Encoding: chunked');
  else if (s.framing === 'chunked') {
    headers.push('Transfer-Encoding: chunked');
    const half = Math.floor(payload.length / 2);
    payload = `${hex(payload.slice(0, half))}\r\n${payload.slice(0, half)}\r\n${hex(payload.slice(half))}\r\n${payload.slice(half)}\r\n0\r\n\r\n`;
  } else if (s.framing === 'bad-chunk') {
    headers.push(`Transfer-Encoding: ${pick(['chunked', 'chunked, gzip', 'gzip', 'Chunked', 'chunked\t'])}`);
    payload = pick([`zz\r\n${payload}\r\n0\r\n\r\n`, `ffffffffffffffff\r\n${payload}\r\n`, `${hex(payload) + 5}\r\n${payload}\r\n0\r\n\r\n`,
      `${hex(payload)};${'e'.repeat(20000)}\r\n${payload}\r\n0\r\n\r\n`, `${hex(payload)}\r\n${payload}`, `-1\r\n${payload}\r\n0\r\n\r\n`]);
    s.halfClose = true;
  } else if (s.framing === 'pipelined') {
    headers.push(`Content-Length: ${size}`);
    payload += `GET /health HTTP/1.1\r\nHost: x\r\n\r\n${pick(['', 'GARBAGE\r\n\r\n', 'GET // HTTP/1.1\r\nHost: x\r\n\r\n'])}`;
  }
  const line = s.version ? `${s.method} ${s.target} ${s.version}` : `${s.method} ${s.target}`;
  return { bytes: `${line}${s.ending}${headers.join(s.ending)}${s.ending}${s.ending}${payload}`, halfClose: s.halfClose };
}

/** Sends one request on its own connection: the status of the first answer, or how the connection ended. */
function send(port: number, bytes: string, halfClose: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let settled = false;
    const finish = (outcome: Outcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish('hung'), 10000);
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      if (status && status[1] !== '100') finish(Number(status[1]));
    });
    socket.on('error', () => finish('reset'));
    socket.on('close', () => finish('closed'));
    socket.write(Buffer.from(bytes, 'latin1'), () => {
      if (halfClose) socket.end();
    });
  });
}

let dir: string;
let service: Service;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tsunagu-raw-http-'));
  service = await startService({ DATA_DIR: dir, ADMIN_TOKEN: TOKEN, MAX_BODY_BYTES: String(MAX_BODY), RATE_LIMIT_PER_MINUTE: '0' });
}, 90000);
afterAll(async () => {
  service.child.kill('SIGTERM');
  await exited(service.child);
  rmSync(dir, { recursive: true, force: true });
});

it(`answers ${REQUESTS} generated raw HTTP requests or closes their connections, never a 5xx, and serves on`, async () => {
  const outcomes: Record<string, number> = {};
  const failures: { bytes: string; outcome: Outcome }[] = [];
  const generated = Array.from({ length: REQUESTS }, request);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < generated.length) {
      const { bytes, halfClose } = generated[next++];
      const outcome = await send(service.port, bytes, halfClose);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (outcome === 'hung' || (typeof outcome === 'number' && outcome >= 500)) failures.push({ bytes: bytes.slice(0, 300), outcome });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  process.stdout.write(`raw HTTP fuzz, ${REQUESTS} requests, outcomes: ${JSON.stringify(outcomes)}\n`);

  expect(failures).toEqual([]);
  expect(service.child.exitCode).toBeNull();
  const health = await fetch(`http://127.0.0.1:${service.port}/health`);
  expect(health.status).toBe(200);
  const graphql = await fetch(`http://127.0.0.1:${service.port}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '{"query":"{ __typename }"}',
  });
  expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  // the generator reached the answers it was meant to reach
  for (const status of [200, 400, 401, 404, 413, 431]) expect(outcomes[status]).toBeGreaterThan(5);
}, 300000);
