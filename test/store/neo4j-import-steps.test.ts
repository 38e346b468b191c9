import { neo4jImportSteps } from '@/store/neo4j/neo4j-import-steps';
import { importSteps } from '@/store/snapshot-rows';
import { type Snapshot } from '@/domain/snapshot/snapshot';
import { sampleSnapshot } from '../helpers/sample-snapshot';

/** Neo4j's folded import steps carry exactly the rows and links of the shared steps, in an order that works. */
describe('neo4jImportSteps', () => {
  const snapshot = (): Snapshot => {
    const s = sampleSnapshot();
    s.interactions.push({ id: 'i2', at: '2024-06-02T10:00:00+09:00', channel: 'CALL', managerIds: ['m1'], repIds: ['r1', 'r2'], concerns: [] });
    // as validation hands it over: lists normalised
    s.reps = s.reps.map((r: Record<string, unknown>) => ({ expertise: [], interests: [], ...r }));
    s.interactions = s.interactions.map((i: Record<string, unknown>) => ({ concerns: [], ...i }));
    return s as unknown as Snapshot;
  };

  it('folds topics, participants and deal people into their record\'s row, and drops the clear steps they replace', () => {
    const shared = new Map(importSteps(snapshot()).map((s) => [s.step, s.rows]));
    const steps = neo4jImportSteps(snapshot());
    const names = steps.map((s) => s.step);
    expect(names).toEqual([
      'companies', 'topics', 'batched/people-topics', 'clear-contract-company', 'contracts', 'employments', 'portfolio',
      'relationships', 'reports-to', 'introductions', 'batched/interactions-people', 'batched/deals-links',
    ]);
    const rows = new Map(steps.map((s) => [s.step, s.rows]));
    // every link row of the shared steps, and no other, is in exactly one record's row
    const topicLinks = (field: string): string[] => rows.get('batched/people-topics')!.flatMap((p) => ((p[field] as string[] | null) ?? []).map((k) => `${p.id}|${k}`)).sort();
    expect(topicLinks('expertiseKeys')).toEqual(shared.get('expertise')!.map((r) => r.rowId).sort());
    expect(topicLinks('interestKeys')).toEqual(shared.get('interests')!.map((r) => r.rowId).sort());
    const people = rows.get('batched/interactions-people')!.flatMap((i) => (i.people as string[]).map((p) => `${i.id}|${p}`)).sort();
    expect(people).toEqual(shared.get('participations')!.map((r) => r.rowId).sort());
    const handlers = rows.get('batched/deals-links')!.flatMap((d) => (d.handlers as { personId: string; role: string }[]).map((h) => `${d.id}|${h.personId}|${h.role}`)).sort();
    expect(handlers).toEqual(shared.get('deal-people')!.map((r) => r.rowId).sort());
    // the records themselves are the shared rows, with their links added
    expect(rows.get('batched/people-topics')!.map(({ expertiseKeys: _e, interestKeys: _i, ...p }) => p)).toEqual(shared.get('people'));
    expect(rows.get('batched/deals-links')!.map(({ handlers: _h, ...d }) => d)).toEqual(shared.get('deals'));
    expect(rows.get('topics')).toEqual(shared.get('topics'));
  });

  it('gives a manager no topic keys (its links are left alone) and a rep without topics empty lists (its links go)', () => {
    const s = snapshot();
    s.reps![1] = { ...s.reps![1], expertise: [], interests: [] };
    const people = neo4jImportSteps(s).find((x) => x.step === 'batched/people-topics')!.rows;
    expect(people.find((p) => p.id === 'm1')).toMatchObject({ expertiseKeys: null, interestKeys: null });
    expect(people.find((p) => p.id === 'r2')).toMatchObject({ expertiseKeys: [], interestKeys: [] });
  });
});
