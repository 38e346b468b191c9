import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';

/** Where `npm run build` (scripts/build-web.mjs) puts the bundled pages, one folder per page. */
export const WEB_DIR = resolve(__dirname, '..', '..', 'dist', 'web');

/** The pages the service serves, each at /<page> and its files at /<page>/<file>. */
export const WEB_PAGES = ['explorer', 'graphiql'] as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Scripts only from our own files (no inline script, no eval, no CDN), GraphQL only to our own origin, the layout
 * worker from a blob: URL (graphology-layout-forceatlas2 starts it so), never framed, no referrer sent.
 * Inline styles are allowed: GraphiQL's editor (CodeMirror) writes style attributes into its markup.
 */
export const WEB_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'none'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
    "font-src 'self' data:", "connect-src 'self'", "worker-src blob:", "base-uri 'none'", "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-cache',
};

interface WebFile {
  body: Buffer;
  contentType: string;
}

/**
 * The built pages, read into memory once. A request is answered only when its raw path names one of these files
 * exactly: nothing from the request ever reaches the file system, so `..`, `%2e%2e`, backslashes or encoded slashes
 * can only miss.
 */
export class WebPages {
  private constructor(private readonly files: ReadonlyMap<string, WebFile>, readonly built: boolean) {}

  static load(dir: string = WEB_DIR): WebPages {
    const files = new Map<string, WebFile>();
    let built = true;
    for (const page of WEB_PAGES) {
      const folder = join(dir, page);
      if (!existsSync(join(folder, 'index.html'))) {
        built = false;
        continue;
      }
      for (const name of readdirSync(folder)) {
        const contentType = CONTENT_TYPES[extname(name)];
        if (!contentType) continue;
        const file = { body: readFileSync(join(folder, name)), contentType };
        files.set(`/${page}/${name}`, file);
        if (name === 'index.html') {
          files.set(`/${page}`, file);
          files.set(`/${page}/`, file);
        }
      }
    }
    return new WebPages(files, built);
  }

  /**
   * Answers a request whose path (as sent, undecoded) is a page or under one, with the file or an error; returns
   * false, answering nothing, for any other path.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const rawPath = (req.url ?? '/').split('?')[0];
    if (!WEB_PAGES.some((page) => rawPath === `/${page}` || rawPath.startsWith(`/${page}/`))) return false;
    this.serve(req, res, rawPath);
    return true;
  }

  private serve(req: IncomingMessage, res: ServerResponse, rawPath: string): void {
    for (const [k, v] of Object.entries(WEB_SECURITY_HEADERS)) res.setHeader(k, v);
    const text = (status: number, message: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : message);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(405, 'Only GET and HEAD are allowed here\n', { allow: 'GET, HEAD' });
    const file = this.files.get(rawPath);
    if (!file) {
      if (!this.built) return text(503, 'The web pages are not built: run `npm run build` (npm start does it)\n');
      return text(404, 'Not found\n');
    }
    res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.body.length) });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }
}
