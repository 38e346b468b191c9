#!/usr/bin/env node
// `npm run build` (and `prestart`, `predemo`): bundles the browser pages under web/ into dist/web/<page>/ with esbuild,
// which the service serves at /explorer and /graphiql (src/web/static-routes.ts). Everything a page loads is in
// its folder: no CDN. `--sizes` prints each file's size (the benchmark reads them).
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_OUT = join(root, 'dist', 'web');

/** The pages: their entry script and title. */
const PAGES = [
  { name: 'explorer', entry: 'web/explorer/main.ts', title: 'Tsunagu Explorer', lang: 'ja' },
  { name: 'graphiql', entry: 'web/graphiql/main.tsx', title: 'Tsunagu GraphiQL', lang: 'en' },
];

/** The page's HTML: its bundle and stylesheet from its own folder, nothing inline (the CSP allows no inline script). */
const html = (page) => `<!doctype html>
<html lang="${page.lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>${page.title}</title>
  <link rel="stylesheet" href="/${page.name}/app.css">
  <script src="/${page.name}/app.js" defer></script>
</head>
<body>
  <noscript>${page.title} needs JavaScript.</noscript>
  <div id="app"></div>
</body>
</html>
`;

export async function buildWeb() {
  rmSync(WEB_OUT, { recursive: true, force: true });
  for (const page of PAGES) {
    const out = join(WEB_OUT, page.name);
    mkdirSync(out, { recursive: true });
    await build({
      entryPoints: { app: join(root, page.entry) },
      outdir: out,
      bundle: true,
      minify: true,
      format: 'iife',
      target: ['chrome110', 'firefox110', 'safari16'],
      define: { 'process.env.NODE_ENV': '"production"' },
      // fonts and images referenced from CSS go into the bundle: the page fetches nothing from elsewhere
      // the IDE's schema docs come from the committed schema.graphql (kept current by `npm run schema:check`)
      loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl', '.graphql': 'text' },
      legalComments: 'linked',
      logLevel: 'warning',
    });
    writeFileSync(join(out, 'index.html'), html(page));
  }
}

export function bundleSizes() {
  const sizes = {};
  for (const page of readdirSync(WEB_OUT)) {
    for (const file of readdirSync(join(WEB_OUT, page))) sizes[`${page}/${file}`] = statSync(join(WEB_OUT, page, file)).size;
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildWeb();
  if (process.argv.includes('--sizes')) process.stdout.write(`${JSON.stringify(bundleSizes())}\n`);
  else process.stderr.write(`web pages built into dist/web in ${Date.now() - started} ms\n`);
}
