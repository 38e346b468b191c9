import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { getMetadataStorage } from 'class-validator';
import { collectSnapshot, generateSnapshot } from '@/generator';
import { SNAPSHOT_KEYS, SNAPSHOT_LISTS } from '@/domain/snapshot/snapshot';
import { DELETED_PERSON_FIELDS } from '@/domain/person/deleted-person';
import { recordInstance } from '@/wiring/snapshot';
import { importSnapshot } from '@/wiring/snapshot';
import { exportSnapshot } from '@/store/snapshot-export';
import { describeEachEngine, describeEngineFree } from '../helpers/engines';
import { sampleSnapshot } from '../helpers/sample-snapshot';

/** docs/snapshot.schema.json describes what export and generate write, refuses what import refuses, and names every field. */
const ROOT = join(__dirname, '../..');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'docs/snapshot.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(SCHEMA);

const problems = (doc: unknown): string[] => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

jest.setTimeout(300_000);

describeEngineFree('docs/snapshot.schema.json', () => {
  it('accepts what `npm run generate` writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-schema-'));
    try {
      const file = join(dir, 'generated.json');
      execFileSync('npm', ['run', '-s', 'generate', '--', '--people', '400', '--seed', 'schema', '--out', file], { cwd: ROOT, stdio: 'pipe' });
      const generated = JSON.parse(readFileSync(file, 'utf8'));
      for (const list of SNAPSHOT_LISTS) expect(generated[list]?.length).toBeGreaterThan(0);
      expect(problems(generated)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts the contract\'s example', () => {
    expect(problems(sampleSnapshot())).toEqual([]);
  });

  it('accepts deleted people, with or without when', () => {
    expect(problems({ deletedPeople: [{ id: 'm2', kind: 'MANAGER', deletedAt: '2026-06-01T10:00:00.000Z' }, { id: 'r3', kind: 'REP', deletedAt: null }] })).toEqual([]);
  });

  it('refuses the records import refuses', () => {
    const bad: [string, Record<string, unknown>][] = [
      ['an unknown list', { people: [] }],
      ['an unknown field', { reps: [{ id: 'r1', name: 'A', nickname: 'x' }] }],
      ['a missing required field', { companies: [{ id: 'c1' }] }],
      ['trust above 1', { relationships: [{ a: 'r1', b: 'r2', trust: 1.5 }] }],
      ['a date that is not YYYY-MM-DD', { employments: [{ repId: 'r1', companyId: 'c1', since: '2024/04/01' }] }],
      ['an instant without offset', { interactions: [{ id: 'i1', at: '2024-06-01T10:00:00', channel: 'MEETING' }] }],
      ['an unknown enumeration value', { deals: [{ id: 'd1', companyId: 'c1', product: 'CRM', stage: 'MAYBE' }] }],
      ['an id with a control character', { managers: [{ id: 'm\u0001', name: 'A' }] }],
      ['an id of spaces alone', { companies: [{ id: '   ', name: 'A' }] }],
      ['an id of a zero-width space', { companies: [{ id: '\u200b', name: 'A' }] }],
      ['an id with a C1 control character', { companies: [{ id: 'c\u0085', name: 'A' }] }],
      ['an id of Hangul fillers', { companies: [{ id: '\u3164\u3164', name: 'A' }] }],
      ['another version', { version: 2 }],
      ['an override without who set it', { trustOverrides: [{ a: 'm1', b: 'r1', trust: 0.5 }] }],
      ['an override above 1', { trustOverrides: [{ a: 'm1', b: 'r1', trust: 1.2, byId: 'm1' }] }],
      ['a target naming both a partner and a manager', { revenueTargets: [{ companyId: 'c1', managerId: 'm1', period: '2026', amount: 1, setBy: 'm1' }] }],
      ['a target naming neither', { revenueTargets: [{ period: '2026', amount: 1, setBy: 'm1' }] }],
      ['a target of no period', { revenueTargets: [{ companyId: 'c1', period: '2026-Q5', amount: 1, setBy: 'm1' }] }],
      ['a target of 0 yen', { revenueTargets: [{ companyId: 'c1', period: '2026', amount: 0, setBy: 'm1' }] }],
      ['a strategy change of another field', { strategyChanges: [{ companyId: 'c1', at: '2026-01-01T00:00:00Z', field: 'strengths' }] }],
      ['a deleted person of another kind', { deletedPeople: [{ id: 'm1', kind: 'BOSS' }] }],
      ['a deleted person without kind', { deletedPeople: [{ id: 'm1' }] }],
      ['a deleted person with an unknown field', { deletedPeople: [{ id: 'm1', kind: 'MANAGER', why: 'left' }] }],
      ['a next action without description', { interactions: [{ id: 'i1', at: '2024-06-01T10:00:00Z', channel: 'CALL', nextAction: { done: true } }] }],
    ];
    for (const [what, doc] of bad) expect({ what, refused: problems(doc).length > 0 }).toEqual({ what, refused: true });
  });

  it('lists exactly the fields the import accepts (the class-validator input classes), list by list', () => {
    const storage = getMetadataStorage();
    for (const list of SNAPSHOT_LISTS) {
      const cls = recordInstance(list, {}).constructor as new () => object;
      const accepted = [...new Set(storage.getTargetValidationMetadatas(cls, '', true, false).map((m) => m.propertyName))].sort();
      expect({ list, fields: Object.keys(SCHEMA.$defs[list].properties).sort() }).toEqual({ list, fields: accepted });
    }
    expect(Object.keys(SCHEMA.properties).sort()).toEqual(['version', ...SNAPSHOT_KEYS].sort());
    // the deleted people are not records of a mutation's input class: their fields are the domain's
    expect(Object.keys(SCHEMA.$defs.deletedPeople.properties)).toEqual([...DELETED_PERSON_FIELDS]);
  });
});

describeEachEngine('docs/snapshot.schema.json and npm run export', (store) => {
  it('accepts the export of a populated graph (a generated network plus the contract\'s example)', async () => {
    await importSnapshot(store(), collectSnapshot(generateSnapshot({ people: 300, seed: 'export' })));
    await importSnapshot(store(), { ...sampleSnapshot(), companies: sampleSnapshot().companies.map((c: any) => ({ ...c, strengths: 'text', challenges: 'text' })) });
    // what `npm run export` writes: JSON.stringify of exportSnapshot
    const exported = JSON.parse(JSON.stringify(await exportSnapshot(store().read), null, 1));
    for (const list of SNAPSHOT_LISTS) expect(exported[list]?.length).toBeGreaterThan(0);
    expect(problems(exported)).toEqual([]);
  });
});
