import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { type GraphQLSchema, graphql } from 'graphql';
import { type Config } from '@/config';
import { type Actor, Role } from '@/domain/auth/actor';
import { type RequestContext, createContext } from '@/graphql/context';
import { startServer } from '@/server';
import { type GraphStore } from '@/store/graph-store';

export interface BenchServer {
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  /** To send with every request (credentials). */
  headers: Record<string, string>;
  stop(): Promise<void>;
}

/** The caller of benchmark requests: an admin, so that nothing is masked or refused. */
export const BENCH_ACTOR: Actor = { id: 'bench', role: Role.ADMIN, managerId: null };

/**
 * The service itself (src/server.ts: authentication, rate limits, document limits, Apollo Server and the TypeGraphQL
 * schema) on a free port, called with the admin token of `config` (see openEngine: a random ADMIN_TOKEN, rate limit off).
 */
export async function startServiceServer(store: GraphStore, config: Config): Promise<BenchServer> {
  if (!config.adminToken) throw new Error('the benchmark service needs an ADMIN_TOKEN in its config');
  const running = await startServer({ ...config, port: 0 }, store);
  return { url: `http://127.0.0.1:${running.port}/graphql`, headers: { authorization: `Bearer ${config.adminToken}` }, stop: () => running.stop() };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * A schema behind a minimal version of src/server.ts's transport (node:http, Apollo Server's
 * executeHTTPGraphQLRequest, a context from createContext per request, no authentication or limits): two schemas
 * served this way differ only in the schema layer.
 */
export async function startApolloServerFor(schema: GraphQLSchema, store: GraphStore, config: Config): Promise<BenchServer> {
  const apollo = new ApolloServer<RequestContext>({ schema, includeStacktraceInErrorResponses: false, csrfPrevention: true });
  await apollo.start();
  const server = http.createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = (req.headers['x-request-id'] as string) || randomUUID();
    res.setHeader('x-request-id', requestId);
    try {
      const body = req.method === 'POST' ? await readBody(req) : '';
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const parsed: unknown = body && (headers.get('content-type') ?? '').includes('application/json') ? JSON.parse(body) : body;
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
        context: async () => createContext(store, config, BENCH_ACTOR, requestId),
      });
      for (const [k, v] of result.headers) res.setHeader(k, v);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') return void res.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      res.statusCode = 500;
      res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    headers: {},
    async stop() {
      await close(server);
      await apollo.stop();
    },
  };
}

/** A schema executed by graphql-js directly over node:http (no Apollo): the floor of what a GraphQL request costs. */
export async function startBareServerFor(schema: GraphQLSchema, store: GraphStore, config: Config): Promise<BenchServer> {
  const server = http.createServer(async (req, res) => {
    try {
      const { query, variables, operationName } = JSON.parse(await readBody(req)) as { query: string; variables?: Record<string, unknown>; operationName?: string };
      const result = await graphql({ schema, source: query, variableValues: variables, operationName, contextValue: createContext(store, config, BENCH_ACTOR) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}/graphql`, headers: {}, stop: () => close(server) };
}
