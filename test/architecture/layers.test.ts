/**
 * The import rule between layers (ARCHITECTURE.md), checked on every import under src/: the TypeScript compiler's
 * own pre-processor lists each file's imports, `export … from`, `import()` and `require()`. A layer is the first
 * folder under src/ (or a top-level file: config, log, server, main).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(__dirname, '../../src');

/** What each layer may not import. Layers not named here (auth, http, web, server, main, config, log) are not restricted. */
const RULES: Record<string, { only?: string[]; never?: string[] }> = {
  domain: { only: ['domain'] },
  generator: { only: ['generator', 'domain'] },
  app: { never: ['graphql', 'cli', 'web', 'http'] },
  store: { never: ['app', 'graphql', 'cli'] },
  graphql: { never: ['cli'] },
  cli: { never: ['graphql'] },
};

/**
 * Imports that break the rule today and are being removed (issue 17: the use cases move from src/graphql to src/app).
 * Empty this list as they go: the test also fails when one listed here no longer exists, so it can only shrink.
 */
const KNOWN_VIOLATIONS: string[] = [];

interface Import { from: string; to: string }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The imports of one file into src/ (paths relative to src/, without extension); packages and node: are left out. */
function importsOf(file: string, text: string): Import[] {
  const from = relative(SRC, file);
  return ts.preProcessFile(text, true, true).importedFiles.flatMap(({ fileName: spec }) => {
    let target: string;
    if (spec.startsWith('@/')) target = spec.slice(2);
    else if (spec.startsWith('.')) target = relative(SRC, resolve(dirname(file), spec));
    else return [];
    return [{ from, to: target.replace(/\.tsx?$/, '') }];
  });
}

const layerOf = (path: string): string => path.split('/')[0].replace(/\.tsx?$/, '');

function breaksRule({ from, to }: Import): boolean {
  if (to.startsWith('..')) return true; // out of src/ altogether
  const rule = RULES[layerOf(from)];
  const target = layerOf(to);
  if (!rule) return false;
  if (rule.only && !rule.only.includes(target)) return true;
  return rule.never?.includes(target) ?? false;
}

const key = (i: Import): string => `${i.from} -> ${i.to}`;

describe('layers: no import runs back up a layer', () => {
  const imports = sourceFiles(SRC).flatMap((file) => importsOf(file, readFileSync(file, 'utf8')));
  const broken = imports.filter(breaksRule).map(key);

  it('reads the imports of src/ (the check sees something)', () => {
    expect(imports.length).toBeGreaterThan(500);
    expect(imports.some((i) => layerOf(i.from) === 'graphql' && layerOf(i.to) === 'domain')).toBe(true);
  });

  it('no import breaks the rule, apart from the known ones being removed', () => {
    expect(broken.filter((b) => !KNOWN_VIOLATIONS.includes(b)).sort()).toEqual([]);
  });

  it('every known violation still exists (remove it from the list once it is fixed)', () => {
    expect(KNOWN_VIOLATIONS.filter((k) => !broken.includes(k))).toEqual([]);
  });

  it('catches an import that runs back up, in each form', () => {
    const at = (path: string): string => join(SRC, path);
    const forms = [
      "import { x } from '@/graphql/schema';",
      "import type { X } from '../graphql/context';",
      "export { x } from '@/store/graph-store';",
      "const m = require('../app/errors');",
      "void import('@/cli/token');",
    ];
    const found = forms.map((text) => importsOf(at('domain/example.ts'), text));
    expect(found.map((f) => f.length)).toEqual([1, 1, 1, 1, 1]);
    expect(found.every((f) => breaksRule(f[0]))).toBe(true);
    expect(breaksRule({ from: 'domain/a.ts', to: 'domain/b' })).toBe(false);
    expect(breaksRule({ from: 'store/a.ts', to: 'graphql/b' })).toBe(true);
    expect(breaksRule({ from: 'store/a.ts', to: 'domain/b' })).toBe(false);
    expect(breaksRule({ from: 'app/a.ts', to: 'http/b' })).toBe(true);
    expect(breaksRule({ from: 'generator/a.ts', to: 'store/b' })).toBe(true);
    expect(breaksRule({ from: 'graphql/a.ts', to: 'cli/b' })).toBe(true);
    expect(breaksRule({ from: 'graphql/a.ts', to: 'app/b' })).toBe(false);
  });
});
