import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from '@/cli/generate';
import { generateSnapshot, snapshotJsonChunks } from '@/generator';

const root = path.resolve(__dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/cli/generate.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run generate', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tsunagu-generate-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same bytes for the same people and seed, as the domain stream, with progress on stderr', () => {
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'nested', 'b.json');
    const first = run('--people', '400', '--seed', '11', '--out', a);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/writing relationships: 2,000 \/ 2,000/);
    expect(run('--people=400', '--seed=11', `--out=${b}`, '--quiet').status).toBe(0);
    const text = readFileSync(a, 'utf8');
    expect(readFileSync(b, 'utf8')).toBe(text);
    expect(text).toBe([...snapshotJsonChunks(generateSnapshot({ people: 400, seed: '11' }))].join(''));
    expect(JSON.parse(text).version).toBe(1);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('fails with a message on bad arguments', () => {
    const bad = run('--people', 'many', '--out', path.join(dir, 'x.json'));
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--people/);
    expect(run('--people', '5', '--out', path.join(dir, 'y.json')).status).not.toBe(0);
    expect(readdirSync(dir)).not.toContain('y.json');
  });

  it('parses its options', () => {
    expect(parseArgs(['--people', '1_000', '--out', 'f.json'])).toEqual({ people: 1000, seed: '1', out: 'f.json', quiet: false });
    expect(() => parseArgs(['--people', '10'])).toThrow(/--out/);
    expect(() => parseArgs(['--colour', 'red'])).toThrow(/unknown argument/);
  });
});
