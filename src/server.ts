import { literalPathsRule } from '@/graphql/errors/literal-paths';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, STATUS_CODES, type ServerResponse } from 'node:http';
import net, { type Socket } from 'node:net';
import { type Duplex } from 'node:stream';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { type Config } from '@/config';
import { type Actor } from '@/domain/auth/actor';
import { readinessOf } from '@/store/readiness';
import { type GraphStore } from '@/store/graph-store';
import { AuthenticationError, Authenticator } from '@/auth/authenticate';
import { type RequestContext, createContext } from '@/graphql/context';
import { wellFormedTextPlugin } from '@/graphql/shared/well-formed-text.plugin';
import { ErrorCode } from '@/graphql/errors/error-code';
import { formatError } from '@/graphql/errors/format-error';
import { httpStatusOf } from '@/graphql/errors/http-status';
import { httpStatusPlugin } from '@/graphql/errors/http-status.plugin';
import { countTokens, documentLimitsRule } from '@/graphql/limits/document-limits';
import { requestLimitsPlugin } from '@/graphql/limits/request-limits.plugin';
import { getSchema } from '@/graphql/schema';
import { RateLimiter } from '@/http/rate-limiter';
import { serveSnapshot } from '@/http/snapshot-route';
import { log } from '@/log';
import { WebPages } from '@/web/static-routes';

export interface RunningServer {
  url: string;
  port: number;
  apollo: ApolloServer<RequestContext>;
  /**
   * Stops accepting connections, lets requests in flight finish (up to `drainMs`; every answer from then on closes
   * its connection, and connections still open after `drainMs` are closed), then stops Apollo.
   */
  stop(drainMs?: number): Promise<void>;
}

export async function createApollo(config: Config): Promise<ApolloServer<RequestContext>> {
  const apollo = new ApolloServer<RequestContext>({
    schema: await getSchema(),
    formatError: formatError((error, formatted) => log.error('unexpected error', { path: formatted.path, error }), { queryTimeoutMs: config.queryTimeoutMs }),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // decided by the configuration, not by Apollo reading NODE_ENV itself: production (NODE_ENV=production) answers no
    // introspection (clients and IDEs read schema.graphql, README "For frontend developers")
    nodeEnv: config.production ? 'production' : 'development',
    introspection: !config.production,
    validationRules: [documentLimitsRule(config.limits, config.production), literalPathsRule],
    // no cache hints are used: without the default cache-control plugin Apollo does not wrap every field resolver
    // (a page of 50 companies resolves ~3,000 fields; the wrapper was ~10% of its CPU time)
    plugins: [requestLimitsPlugin(config.limits, config.production), wellFormedTextPlugin(), httpStatusPlugin(), ApolloServerPluginCacheControlDisabled()],
    // the process owns SIGTERM/SIGINT (main.ts): Apollo stops only after the HTTP server has drained
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  return apollo;
}

/** How long a stopping server keeps idle keep-alive connections open for a last request (under keepAliveTimeout). */
const KEEP_ALIVE_GRACE_MS = 1000;

/** The request body as text, or null when it is over `max` bytes (declared or sent). */
async function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** An error answered by the HTTP layer itself, with the status of its code (http-status.ts). */
function sendError(res: ServerResponse, code: ErrorCode, message: string, headers: Record<string, string> = {}): void {
  send(res, httpStatusOf(code) ?? 500, graphqlError(message, code), headers);
}

/**
 * The request target as a URL, or null when it is none: origin-form (`/graphql?x`, also `//` and `/%`) is a path on
 * this server, absolute-form (`http://host/graphql`) is taken as given; `*` and anything else are refused.
 */
function requestTarget(raw: string): URL | null {
  try {
    return raw.startsWith('/') ? new URL(`http://localhost${raw}`) : new URL(raw);
  } catch {
    return null;
  }
}

/** What a route gets: the request, its parsed target, the response (request id already set). */
export interface RouteRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  requestId: string;
}

/** Answers one request; a throw is answered 500 by the server. */
export type Route = (request: RouteRequest) => Promise<void> | void;

/** A message Node's HTTP parser refuses (bad request line, header, chunk size, content length; too slow). */
function answerMalformed(error: NodeJS.ErrnoException, duplex: Duplex): void {
  const socket = duplex as Socket;
  if (error.code !== 'ECONNRESET' && socket.writable && socket.bytesWritten === 0) {
    const [status, code, message] =
      error.code === 'HPE_HEADER_OVERFLOW' ? [431, ErrorCode.BAD_REQUEST, 'The request headers are too large']
        : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW' ? [413, ErrorCode.PAYLOAD_TOO_LARGE, 'The chunk extensions are too large']
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, ErrorCode.BAD_REQUEST, 'The request took too long to arrive']
            : [400, ErrorCode.BAD_REQUEST, 'Malformed HTTP request'];
    const body = JSON.stringify(graphqlError(message, code));
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  }
  socket.destroySoon();
}

/**
 * GraphQL at /graphql (authenticated, rate-limited, size-limited) plus /health (alive) and /ready (store answers).
 * Every request goes through one handler that answers (4xx for what the caller got wrong, 500 for a fault here) and
 * never throws out of the listener; messages Node cannot parse get 400 and their connection is closed.
 */
export async function startServer(config: Config, store: GraphStore, bootstrapHash: string | null = null): Promise<RunningServer> {
  const apollo = await createApollo(config);
  const auth = new Authenticator(config, store, bootstrapHash);
  const limiter = new RateLimiter(config.rateLimitPerMinute);
  const web = WebPages.load();
  let stopping = false;

  /** The caller, or null once it has been answered 401 or 429. */
  const authenticated = async ({ req, res }: RouteRequest): Promise<Actor | null> => {
    let actor: Actor;
    try {
      actor = await auth.authenticate(req.headers.authorization);
    } catch (e) {
      if (!(e instanceof AuthenticationError)) throw e;
      const key = `ip:${req.socket.remoteAddress}`;
      if (!limiter.take(key)) sendError(res, ErrorCode.TOO_MANY_REQUESTS, 'Too many requests; slow down', { 'retry-after': String(limiter.retryAfter(key)) });
      else sendError(res, ErrorCode.UNAUTHENTICATED, e.message, { 'www-authenticate': 'Bearer' });
      return null;
    }
    if (!limiter.take(actor.id)) {
      sendError(res, ErrorCode.TOO_MANY_REQUESTS, 'Too many requests for this token; slow down', { 'retry-after': String(limiter.retryAfter(actor.id)) });
      return null;
    }
    return actor;
  };

  const graphql: Route = async (request) => {
    const { req, res, url, requestId } = request;
    const started = Date.now();
    // every cache (tokens and records, warm paths, insights) first learns what any process committed (change-feed.ts)
    await store.changes.catchUp();
    const actor = await authenticated(request);
    if (!actor) return;
    const body = req.method === 'POST' ? await readBody(req, config.maxBodyBytes) : '';
    if (body === null) {
      // the rest of the body is not read: close the connection rather than drain it
      return sendError(res, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is over ${config.maxBodyBytes} bytes (MAX_BODY_BYTES); a large snapshot imports with npm run import while the service is stopped, or after MAX_BODY_BYTES is raised`, { connection: 'close' });
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    let parsed: unknown = body;
    if (body && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        parsed = JSON.parse(body);
      } catch {
        return sendError(res, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON');
      }
    }
    const query = (parsed as { query?: unknown })?.query ?? url.searchParams.get('query');
    if (typeof query === 'string' && countTokens(query) > config.limits.tokens) {
      const msg = config.production ? 'The query has too many tokens' : `The query has too many tokens (over ${config.limits.tokens})`;
      return send(res, 400, graphqlError(msg, 'GRAPHQL_VALIDATION_FAILED'));
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
      context: async () => createContext(store, config, actor, requestId, req.headers['x-request-id'] as string | undefined),
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') res.end(result.body.string);
    else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
    if (Date.now() - started > 1000) log.warn('slow request', { requestId, actor: actor.id, ms: Date.now() - started });
  };

  // One line per path.
  const routes = new Map<string, Route>([
    ['/health', ({ res }) => send(res, 200, { status: 'ok' })],
    ['/ready', async ({ res }) => {
      const ok = await store.ping().then(() => true, () => false);
      if (!ok) return send(res, 503, { status: 'unavailable', engine: store.engine });
      if (await store.read.unfinishedImport()) return send(res, 503, { status: 'importing', engine: store.engine });
      const warming = readinessOf(store).warming;
      send(res, warming.length ? 503 : 200, warming.length ? { status: 'warming', engine: store.engine, warming } : { status: 'ready', engine: store.engine });
    }],
    ['/graphql', graphql],
    ['/snapshot', (request) => serveSnapshot(request.req, request.res, store, () => authenticated(request))],
  ]);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID(); // the server's own; a client's x-request-id goes to the context as clientRequestId
    try {
      res.on('error', (error) => log.warn('response not delivered', { requestId, error }));
      res.setHeader('x-request-id', requestId);
      // once stopping, every answer closes its connection so keep-alive clients cannot hold the drain open
      if (stopping) res.setHeader('connection', 'close');
      if (web.handle(req, res)) return;
      const url = requestTarget(req.url ?? '');
      if (!url) return sendError(res, ErrorCode.BAD_REQUEST, 'The request target is not a path (such as /graphql) or an absolute URL');
      const route = routes.get(url.pathname);
      if (!route) return send(res, 404, { error: 'Not found; GraphQL is at /graphql' });
      await route({ req, res, url, requestId });
    } catch (error) {
      if (req.destroyed && !req.complete) return log.warn('request aborted by the client', { requestId }); // nobody to answer
      log.error('request failed', { requestId, error });
      if (!res.headersSent) sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
      else res.destroy();
    }
  };

  // slow senders cannot hold a connection for Node's default 5 minutes (timeouts are checked every second)
  const timeouts = { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1000 };
  // the last guard: even a failure to log or answer ends in a closed connection, never in the process stopping
  const server = http.createServer(timeouts, (req, res) => void handle(req, res).catch(() => res.destroy()));
  server.on('clientError', answerMalformed);
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject); // a port in use is a start-up failure main.ts reports, not a crash
    server.listen(config.port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    apollo,
    async stop(drainMs = 10000) {
      stopping = true;
      // stop accepting at once, but without http.Server#close's closing of idle keep-alive connections: a client
      // sending on one just then sees a reset. Their next request is answered (with `connection: close`) instead;
      // those still idle after KEEP_ALIVE_GRACE_MS are closed.
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      const grace = setTimeout(() => server.closeIdleConnections(), KEEP_ALIVE_GRACE_MS);
      const timer = setTimeout(() => server.closeAllConnections(), drainMs);
      await closed;
      clearTimeout(grace);
      clearTimeout(timer);
      await apollo.stop();
    },
  };
}
