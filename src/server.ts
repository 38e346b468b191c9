import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { Config } from '@/config';
import { GraphStore } from '@/store/graph-store';
import { RequestContext, createContext } from '@/graphql/context';
import { formatError } from '@/graphql/errors/format-error';
import { getSchema } from '@/graphql/schema';
import { log } from '@/log';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface RunningServer {
  url: string;
  port: number;
  apollo: ApolloServer<RequestContext>;
  stop(): Promise<void>;
}

export async function createApollo(): Promise<ApolloServer<RequestContext>> {
  const apollo = new ApolloServer<RequestContext>({
    schema: await getSchema(),
    formatError: formatError((error, formatted) => log.error('unexpected error', { path: formatted.path, error })),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
  });
  await apollo.start();
  return apollo;
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** GraphQL at /graphql plus /health (alive) and /ready (store answers), on plain node:http. */
export async function startServer(config: Config, store: GraphStore): Promise<RunningServer> {
  const apollo = await createApollo();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = (req.headers['x-request-id'] as string) || randomUUID();
    res.setHeader('x-request-id', requestId);
    try {
      if (url.pathname === '/health') return send(res, 200, { status: 'ok' });
      if (url.pathname === '/ready') {
        try {
          await store.ping();
          return send(res, 200, { status: 'ready', engine: store.engine });
        } catch {
          return send(res, 503, { status: 'unavailable', engine: store.engine });
        }
      }
      if (url.pathname !== '/graphql') return send(res, 404, { error: 'Not found; GraphQL is at /graphql' });
      const body = req.method === 'POST' ? await readBody(req) : '';
      if (body === null) return send(res, 413, { error: `Request body over ${MAX_BODY_BYTES} bytes` });
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      let parsed: unknown = body;
      if (body && (headers.get('content-type') ?? '').includes('application/json')) {
        try {
          parsed = JSON.parse(body);
        } catch {
          return send(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        }
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
        context: async () => createContext(store, config, requestId),
      });
      for (const [k, v] of result.headers) res.setHeader(k, v);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') return res.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      log.error('request failed', { requestId, error });
      if (!res.headersSent) send(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    apollo,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
