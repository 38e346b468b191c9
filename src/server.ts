import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { Config } from '@/config';
import { Actor } from '@/domain/auth/actor';
import { GraphStore } from '@/store/graph-store';
import { AuthenticationError, Authenticator } from '@/auth/authenticate';
import { RequestContext, createContext } from '@/graphql/context';
import { wellFormedTextPlugin } from '@/graphql/shared/well-formed-text.plugin';
import { ErrorCode } from '@/graphql/errors/error-code';
import { formatError } from '@/graphql/errors/format-error';
import { countTokens, documentLimitsRule } from '@/graphql/limits/document-limits';
import { getSchema } from '@/graphql/schema';
import { RateLimiter } from '@/http/rate-limiter';
import { log } from '@/log';

export interface RunningServer {
  url: string;
  port: number;
  apollo: ApolloServer<RequestContext>;
  /** Stops taking requests, lets those in flight finish (up to `drainMs`), then stops Apollo. */
  stop(drainMs?: number): Promise<void>;
}

export async function createApollo(config: Config): Promise<ApolloServer<RequestContext>> {
  const apollo = new ApolloServer<RequestContext>({
    schema: await getSchema(),
    formatError: formatError((error, formatted) => log.error('unexpected error', { path: formatted.path, error })),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: [documentLimitsRule(config.limits, config.production)],
    plugins: [wellFormedTextPlugin()],
  });
  await apollo.start();
  return apollo;
}

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

/** GraphQL at /graphql (authenticated, rate-limited, size-limited) plus /health (alive) and /ready (store answers). */
export async function startServer(config: Config, store: GraphStore, bootstrapHash: string | null = null): Promise<RunningServer> {
  const apollo = await createApollo(config);
  const auth = new Authenticator(config, store, bootstrapHash);
  const limiter = new RateLimiter(config.rateLimitPerMinute);
  let stopping = false;
  const server = http.createServer(async (req, res) => {
    // once stopping, every answer closes its connection so keep-alive clients cannot hold the drain open
    if (stopping) res.setHeader('connection', 'close');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = (req.headers['x-request-id'] as string)?.slice(0, 100) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = Date.now();
    try {
      if (url.pathname === '/health') return send(res, 200, { status: 'ok' });
      if (url.pathname === '/ready') {
        try {
          await store.ping();
          if (await store.read.unfinishedImport()) return send(res, 503, { status: 'importing', engine: store.engine });
          return send(res, 200, { status: 'ready', engine: store.engine });
        } catch {
          return send(res, 503, { status: 'unavailable', engine: store.engine });
        }
      }
      if (url.pathname !== '/graphql') return send(res, 404, { error: 'Not found; GraphQL is at /graphql' });

      let actor: Actor;
      try {
        actor = await auth.authenticate(req.headers.authorization);
      } catch (e) {
        if (!(e instanceof AuthenticationError)) throw e;
        const key = `ip:${req.socket.remoteAddress}`;
        if (!limiter.take(key)) return send(res, 429, graphqlError('Too many requests; slow down', ErrorCode.TOO_MANY_REQUESTS), { 'retry-after': String(limiter.retryAfter(key)) });
        return send(res, 401, graphqlError(e.message, ErrorCode.UNAUTHENTICATED), { 'www-authenticate': 'Bearer' });
      }
      if (!limiter.take(actor.id)) {
        return send(res, 429, graphqlError('Too many requests for this token; slow down', ErrorCode.TOO_MANY_REQUESTS), { 'retry-after': String(limiter.retryAfter(actor.id)) });
      }

      const body = req.method === 'POST' ? await readBody(req, config.maxBodyBytes) : '';
      if (body === null) return send(res, 413, graphqlError(`The request body is over ${config.maxBodyBytes} bytes`, 'PAYLOAD_TOO_LARGE'));
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      let parsed: unknown = body;
      if (body && (headers.get('content-type') ?? '').includes('application/json')) {
        try {
          parsed = JSON.parse(body);
        } catch {
          return send(res, 400, graphqlError('The request body is not valid JSON', 'BAD_REQUEST'));
        }
      }
      const query = (parsed as { query?: unknown })?.query ?? url.searchParams.get('query');
      if (typeof query === 'string' && countTokens(query) > config.limits.tokens) {
        const msg = config.production ? 'The query has too many tokens' : `The query has too many tokens (over ${config.limits.tokens})`;
        return send(res, 400, graphqlError(msg, 'GRAPHQL_VALIDATION_FAILED'));
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
        context: async () => createContext(store, config, actor, requestId),
      });
      for (const [k, v] of result.headers) res.setHeader(k, v);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') res.end(result.body.string);
      else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
      if (Date.now() - started > 1000) log.warn('slow request', { requestId, actor: actor.id, ms: Date.now() - started });
    } catch (error) {
      log.error('request failed', { requestId, error });
      if (!res.headersSent) send(res, 500, graphqlError('Internal server error', ErrorCode.INTERNAL_SERVER_ERROR));
    }
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    apollo,
    async stop(drainMs = 10000) {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), drainMs);
      await closed;
      clearTimeout(timer);
      await apollo.stop();
    },
  };
}
