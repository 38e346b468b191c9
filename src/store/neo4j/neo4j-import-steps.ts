import { type Snapshot } from '@/domain/snapshot/snapshot';
import { type Row } from '../runner';
import { type ImportStep, importSteps } from '../snapshot-rows';

/** Steps of importSteps that Neo4j's batched import folds into the step of the record they hang off. */
const FOLDED = new Set([
  'clear-person-topics', 'expertise', 'interests', 'people',
  'clear-participations', 'interactions', 'participations',
  'clear-deal-links', 'clear-deal-company', 'deals', 'deal-people',
]);

/**
 * The snapshot as Neo4j's batched import writes it: importSteps' rows, with the links that hang off a person, an
 * interaction or a deal (topics, participants, the deal's people) carried in that record's row and written by its
 * query (`cypher/neo4j/import/batched/`), not as rows of their own. A record's links are then written in the same
 * transaction as the record: into an empty graph they are created (nothing else can have linked a record made in
 * that very transaction), and a record is never left without its links between two batches. That halves the rows
 * (2.2 a record to 1) and drops the steps that cleared old links: the folded queries delete only the links the
 * snapshot no longer names (bench/README.md, "Where the Neo4j import's time goes").
 * Topics come before people, whose rows link to them.
 */
export function neo4jImportSteps(s: Snapshot): ImportStep[] {
  const steps = new Map(importSteps(s).map((st) => [st.step, st.rows]));
  const rows = (step: string): Row[] => steps.get(step) ?? [];
  const byKey = (list: Row[], key: string, value: (r: Row) => unknown): Map<unknown, unknown[]> => {
    const out = new Map<unknown, unknown[]>();
    for (const r of list) {
      const xs = out.get(r[key]);
      if (xs) xs.push(value(r));
      else out.set(r[key], [value(r)]);
    }
    return out;
  };
  const topicKey = (r: Row): unknown => r.key;
  const expertise = byKey(rows('expertise'), 'personId', topicKey);
  const interests = byKey(rows('interests'), 'personId', topicKey);
  // exactly the people whose old topic links the shared steps clear (reps) get keys; null leaves a person's links alone
  const reps = new Set(rows('clear-person-topics').map((r) => r.id));
  const participants = byKey(rows('participations'), 'interactionId', (r) => r.personId);
  const handlers = byKey(rows('deal-people'), 'dealId', (r) => ({ personId: r.personId, role: r.role }));
  const folded: ImportStep[] = [
    {
      step: 'batched/people-topics',
      rows: rows('people').map((p) => (reps.has(p.id)
        ? { ...p, expertiseKeys: expertise.get(p.id) ?? [], interestKeys: interests.get(p.id) ?? [] }
        : { ...p, expertiseKeys: null, interestKeys: null })),
    },
    { step: 'batched/interactions-people', rows: rows('interactions').map((i) => ({ ...i, people: participants.get(i.id) ?? [] })) },
    { step: 'batched/deals-links', rows: rows('deals').map((d) => ({ ...d, handlers: handlers.get(d.id) ?? [] })) },
  ];
  const out: ImportStep[] = [];
  for (const [step, list] of steps) {
    if (step === 'topics') continue;
    if (step === 'people') out.push(...(steps.has('topics') ? [{ step: 'topics', rows: rows('topics') }] : []), folded[0]);
    else if (step === 'interactions') out.push(folded[1]);
    else if (step === 'deals') out.push(folded[2]);
    else if (!FOLDED.has(step)) out.push({ step, rows: list });
  }
  return out.filter((st) => st.rows.length > 0);
}
