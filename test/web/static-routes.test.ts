import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@/config';
import { type RunningServer, startServer } from '@/server';
import { WebPages } from '@/web/static-routes';
import { type OpenedStore, openTestStore } from '../helpers/engines';
import { buildWebPages } from '../helpers/web-service';

/** A request with the path exactly as given (no normalisation by the client), like an attacker's raw request. */
function raw(port: number, path: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web pages over raw HTTP', () => {
  let opened: OpenedStore;
  let server: RunningServer;
  beforeAll(async () => {
    buildWebPages();
    opened = await openTestStore('kuzu');
    server = await startServer(loadConfig({ DATA_DIR: '/unused', PORT: '0', ADMIN_TOKEN: 'static-routes-admin-token-0123456789' }), opened.store);
  }, 120_000);
  afterAll(async () => {
    await server.stop(1000);
    await opened.close();
  });

  it.each(['/explorer', '/explorer/', '/graphiql', '/graphiql/'])('serves %s with strict security headers', async (path) => {
    const r = await raw(server.port, path);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = r.headers['content-security-policy'] as string;
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'"); // no inline script, no eval, no CDN
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain('worker-src blob:');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the bundles with their types and the same headers', async () => {
    const js = await raw(server.port, '/explorer/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect((await raw(server.port, '/graphiql/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it.each([
    '/explorer/../../package.json', '/explorer/../package.json', '/explorer/../../../package.json', '/explorer/%2e%2e/%2e%2e/%2e%2e/package.json', '/explorer/%2e%2e/%2e%2e/package.json', '/explorer/%2E%2E/%2E%2E/package.json',
    '/explorer/..%2f..%2fpackage.json', '/explorer/%2e%2e%2f%2e%2e%2fpackage.json', '/explorer/..\\..\\package.json',
    '/explorer//etc/passwd', '/explorer/%2fetc%2fpasswd', '/graphiql/../../schema.graphql', '/explorer/app.js%00.html',
    '/explorer/index.html/..', '/explorer/.', '/explorer/..', '/explorer/app.js/', '/explorer/APP.JS', '/explorer/../graphiql/app.js',
  ])('answers %s with 404 and nothing from the disk', async (path) => {
    const r = await raw(server.port, path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('"name"');
    expect(r.body).not.toContain('root:');
    expect(r.body).not.toContain('type Query');
  });

  it('refuses methods other than GET and HEAD, and leaves /graphql and other paths as they were', async () => {
    expect((await raw(server.port, '/explorer', 'POST')).status).toBe(405);
    expect((await raw(server.port, '/explorer', 'DELETE')).headers.allow).toBe('GET, HEAD');
    const head = await raw(server.port, '/explorer/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await raw(server.port, '/graphql')).status).toBe(401);
    expect((await raw(server.port, '/explorerx')).status).toBe(404);
    expect((await raw(server.port, '/health')).status).toBe(200);
  });
});

describe('web pages not built', () => {
  it('answers 503 saying how to build them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-web-'));
    try {
      const pages = WebPages.load(dir);
      let status = 0;
      let body = '';
      const res = { setHeader: () => undefined, writeHead: (s: number) => { status = s; }, end: (b?: string) => { body = b ?? ''; } };
      expect(pages.handle({ url: '/explorer', method: 'GET' } as never, res as never)).toBe(true);
      expect(status).toBe(503);
      expect(body).toContain('npm run build');
      expect(pages.handle({ url: '/graphql', method: 'GET' } as never, res as never)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
