import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CYPHER_DIR, QueryLibrary, asOneMap } from '@/store/cypher/query-library';

/** The linter is not told the parameters each query takes (later versions export isNotParamError for this). */
const PARAMETER_NOT_DEFINED = /^Parameter \$\w+ is not defined\.$/;

/**
 * Errors (severity 1) the official Neo4j parser reports for a query (Cypher 5, the only language of the 2.0.0-next.20
 * parser: later ones need Node 22/24), parameters aside.
 */
function syntaxErrors(text: string): unknown[] {
  return lintCypherQuery(text, {}).filter((d) => d.severity === 1 && !PARAMETER_NOT_DEFINED.test(String(d.message))).map((d) => d.message);
}

const kuzu = QueryLibrary.load('kuzu');
const neo4j = QueryLibrary.load('neo4j');

describe('the named Cypher queries', () => {
  it('exist under the same names for both engines (but Kuzu\'s COPY and clear templates for its staging tables, and Neo4j\'s folded import steps and batch fence)', () => {
    expect(kuzu.names().filter((n) => n !== 'import/copy-stage' && n !== 'import/clear-stage'))
      .toEqual(neo4j.names().filter((n) => !n.startsWith('import/batched/') && n !== 'import/run-fence'));
    expect(neo4j.names().filter((n) => n.startsWith('import/batched/'))).toEqual([
      'import/batched/create/deals-links', 'import/batched/create/interactions-people', 'import/batched/create/people-topics',
      'import/batched/deals-links', 'import/batched/interactions-people', 'import/batched/people-topics',
    ]);
    expect(kuzu.names().length).toBeGreaterThan(60);
  });

  it('keep per-engine variants for the import steps and the staging COPY only where needed', () => {
    expect(kuzu.get('import/companies')).toMatch(/^MATCH \(s:CompanyStage\)/);
    expect(neo4j.get('import/companies')).toMatch(/^UNWIND \$rows AS s/);
    expect(kuzu.get('company/by-ids')).toBe(neo4j.get('company/by-ids'));
  });

  it("take a job change's parameters on Neo4j as one map $p (a plan per parameter shape otherwise), on Kuzu as they are", () => {
    expect(kuzu.get('handover/create-carrier')).toContain('MATCH (s:Person {id: $successorId})');
    expect(neo4j.get('handover/create-carrier')).toContain('MATCH (s:Person {id: $p.successorId})');
    expect(neo4j.get('handover/create-carrier')).not.toMatch(/\$(?!p\.)/);
    expect(neo4j.parameters('handover/create-carrier', { id: 'x' })).toEqual({ p: { id: 'x' } });
    expect(kuzu.parameters('handover/create-carrier', { id: 'x' })).toEqual({ id: 'x' });
    expect(neo4j.parameters('company/by-ids', { ids: ['c1'] })).toEqual({ ids: ['c1'] });
    expect(neo4j.get('company/by-ids')).toBe(kuzu.get('company/by-ids'));
  });

  it('read only parameters from the one map: string literals, backquoted names and comments keep their text', () => {
    expect(asOneMap("MATCH (n {id: $id}) // a note on $id\nSET n.note = 'costs $5', n.`$odd` = \"say \\\"$x\\\"\" /* $y */ RETURN $limit"))
      .toBe("MATCH (n {id: $p.id}) // a note on $id\nSET n.note = 'costs $5', n.`$odd` = \"say \\\"$x\\\"\" /* $y */ RETURN $p.limit");
    expect(() => asOneMap('MATCH (n {id: $p}) RETURN n')).toThrow(/cannot name a parameter \$p/);
  });

  it('write each import step once: both engines run the same query but for its first line, which brings the rows in', () => {
    const steps = readdirSync(join(CYPHER_DIR, 'shared', 'import')).map((f) => `import/${f.replace(/\.cypher$/, '')}`);
    expect(steps.length).toBeGreaterThanOrEqual(15);
    for (const step of steps) {
      const [kuzuFirst, ...kuzuRest] = kuzu.get(step).split('\n');
      const [neo4jFirst, ...neo4jRest] = neo4j.get(step).split('\n');
      expect(neo4jFirst).toBe('UNWIND $rows AS s');
      expect({ step, first: kuzuFirst }).toEqual({ step, first: expect.stringMatching(/^MATCH \(s:\w+Stage\)$/) });
      expect({ step, body: kuzuRest }).toEqual({ step, body: neo4jRest });
    }
  });

  it('refuse a shared import query that does not name its Kuzu staging table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-cypher-'));
    try {
      for (const engine of ['kuzu', 'neo4j']) {
        mkdirSync(join(dir, engine, 'migrations'), { recursive: true });
        writeFileSync(join(dir, engine, 'bootstrap.cypher'), '');
      }
      mkdirSync(join(dir, 'shared', 'import'), { recursive: true });
      writeFileSync(join(dir, 'shared', 'import', 'things.cypher'), 'MERGE (t:Thing {id: s.id})\n');
      expect(() => QueryLibrary.load('neo4j', dir)).toThrow(/Kuzu stage/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // The official Neo4j parser catches syntax and semantic errors in queries no test reaches.
  const statements: [string, string][] = [
    ...neo4j.names().map((n) => [n, neo4j.get(n)] as [string, string]),
    ...neo4j.migrations.flatMap((m) => m.statements.map((s, i) => [`migration ${m.name} #${i}`, s] as [string, string])),
    ...neo4j.bootstrap.map((s, i) => [`bootstrap #${i}`, s] as [string, string]),
  ];
  it.each(statements)('Neo4j parses %s without errors', (_name, text) => {
    const errors = syntaxErrors(text);
    expect(errors).toEqual([]);
  });

  it('the parser check can fail: it reports a broken query', () => {
    expect(syntaxErrors('MATCH (n RETURN n').length).toBeGreaterThan(0);
  });
});
