import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type EngineName = 'kuzu' | 'neo4j';
export const ENGINES: readonly EngineName[] = ['kuzu', 'neo4j'];

/** Root of the `.cypher` files: `shared/` (both engines), `kuzu/` and `neo4j/` (side by side where they differ). */
export const CYPHER_DIR = join(__dirname, '..', '..', '..', 'cypher');

export interface Migration {
  name: string;
  statements: string[];
}

/** Removes `//` comment lines and splits a file into statements on `;` at the end of a line. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * An import step's query is written once, in `shared/import/<step>.cypher`, over its rows named `s`; its first line
 * (`// Kuzu stage: <table>`) names the Kuzu staging table the rows are COPY'd into. The library adds the line that
 * brings the rows in: Kuzu reads that staging table, Neo4j unwinds the `$rows` of a batch.
 */
const KUZU_STAGE = /^\/\/ Kuzu stage: (\w+)\s*$/m;

function importQuery(engine: EngineName, file: string, text: string): string {
  const stage = KUZU_STAGE.exec(text)?.[1];
  if (!stage) throw new Error(`${file} must name its Kuzu staging table on a line "// Kuzu stage: <table>"`);
  return `${engine === 'kuzu' ? `MATCH (s:${stage})` : 'UNWIND $rows AS s'}\n${text}`;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : full.endsWith('.cypher') ? [full] : [];
  });
}

function nameOf(root: string, file: string): string {
  return relative(root, file).split(sep).join('/').replace(/\.cypher$/, '');
}

/**
 * A statement whose file says so takes its parameters on Neo4j as one map, `$p` (`$id` is read as `$p.id`). Neo4j
 * plans a statement again for each new set of parameter types, a null where a text was, another size of list: 80-250
 * ms each on the test server, the same shape again 7-20 ms (measured), and the job change's statements, with values
 * that may be null and lists of any length, met a new shape in many of the first changes after a start. The type of
 * one map does not change with what is in it. Kuzu takes the parameters as they are.
 */
export const ONE_MAP_MARKER = '// Neo4j: parameters as one map';

/**
 * `statement` with each parameter `$name` read from the one map (`$p.name`); text in string literals, backquoted names
 * and comments is left as it is. A statement that names a parameter `p` itself is refused: it would read the map.
 */
export function asOneMap(statement: string): string {
  // a string literal (either quote, backslash escapes), a backquoted name, a comment, or a parameter
  return statement.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name?: string) => {
    if (name === undefined) return whole;
    if (name === 'p') throw new Error(`A statement marked "${ONE_MAP_MARKER}" cannot name a parameter $p (the map itself): rename it`);
    return `$p.${name}`;
  });
}

/**
 * The named queries of one engine: `shared/<name>.cypher` unless `<engine>/<name>.cypher` exists.
 * A name may live in one place only; `test/store/query-library.test.ts` checks that.
 */
export class QueryLibrary {
  private constructor(
    readonly engine: EngineName,
    private readonly queries: Map<string, string>,
    readonly migrations: Migration[],
    readonly bootstrap: string[],
    private readonly oneMap: ReadonlySet<string>,
  ) {}

  static load(engine: EngineName, dir: string = CYPHER_DIR): QueryLibrary {
    const queries = new Map<string, string>();
    const oneMap = new Set<string>();
    const sharedRoot = join(dir, 'shared');
    const engineRoot = join(dir, engine);
    for (const root of [sharedRoot, engineRoot]) {
      for (const file of walk(root)) {
        const name = nameOf(root, file);
        if (name.startsWith('migrations/') || name === 'bootstrap') continue;
        if (queries.has(name)) throw new Error(`Cypher query ${name} is defined twice (shared and ${engine})`);
        const text = readFileSync(file, 'utf8');
        const shared = root === sharedRoot && name.startsWith('import/');
        const mapped = engine === 'neo4j' && text.includes(ONE_MAP_MARKER);
        if (mapped) oneMap.add(name);
        queries.set(name, splitStatements(shared ? importQuery(engine, file, text) : text).map((q) => (mapped ? asOneMap(q) : q)).join(';\n'));
      }
    }
    const migrationRoot = join(engineRoot, 'migrations');
    const migrations = walk(migrationRoot)
      .sort()
      .map((file) => ({ name: nameOf(migrationRoot, file), statements: splitStatements(readFileSync(file, 'utf8')) }));
    const bootstrap = splitStatements(readFileSync(join(engineRoot, 'bootstrap.cypher'), 'utf8'));
    return new QueryLibrary(engine, queries, migrations, bootstrap, oneMap);
  }

  get(name: string): string {
    const q = this.queries.get(name);
    if (q === undefined) throw new Error(`No Cypher query named ${name} for ${this.engine}`);
    return q;
  }

  /** The parameters to send with `name`: as given, or as one map `p` (ONE_MAP_MARKER). */
  parameters<P extends Record<string, unknown>>(name: string, params: P): P | { p: P } {
    return this.oneMap.has(name) ? { p: params } : params;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}
