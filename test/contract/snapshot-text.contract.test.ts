/**
 * Text goes into Kuzu through JSON files written 10,000 rows per JSON.stringify (kuzu-store.ts, FileWriter): whatever
 * a user wrote must come back exactly, on the bulk path (an empty graph) and the staged path (a graph with data), and
 * on Neo4j. The texts below break naive JSON or CSV handling.
 */
import { importSnapshot } from '@/wiring/snapshot';
import { exportSnapshot } from '@/store/snapshot-export';
import { describeEachEngine } from '../helpers/engines';

const TEXTS = [
  'plain', 'quote " and \\ backslash', '},{"id":"x"}', '],[', '{"from":"a","to":"b"}', 'line\nbreak\r\nand\ttab',
  '日本語のメモ、「引用」', 'emoji 😀👍🏽 and ZWJ 👩‍💻', 'RTL \u202Eevil\u202C text', 'e\u0301 combining', ' leading and trailing ',
  '\u2028\u2029 separators', 'x'.repeat(5000),
];

function snapshot(prefix: string): Record<string, unknown[]> {
  return {
    companies: TEXTS.map((t, i) => ({ id: `${prefix}c${i}`, name: `${prefix}${t}`.slice(0, 200), strengths: t, customFields: { note: t } })),
    reps: TEXTS.map((t, i) => ({ id: `${prefix}r${i}`, name: `R ${i}`, notes: t, expertise: [`topic ${i % 3}`] })),
    interactions: TEXTS.map((t, i) => ({
      id: `${prefix}i${i}`, at: '2024-06-01T10:00:00+09:00', channel: 'MEETING', repIds: [`${prefix}r${i}`], summary: t, concerns: [t.slice(0, 200)],
      nextAction: { description: t.slice(0, 500) },
    })),
  };
}

describeEachEngine('imported text comes back exactly', (store) => {
  for (const [path, prefix] of [['into an empty graph', 'a-'], ['into a graph with data', 'b-']] as const) {
    it(path, async () => {
      const given = snapshot(prefix);
      await importSnapshot(store(), given);
      const out = await exportSnapshot(store().read);
      const mine = <T extends { id: string }>(list: unknown): T[] => (list as T[]).filter((r) => r.id.startsWith(prefix));
      const byId = (list: unknown[]): unknown[] => [...list].sort((x, y) => ((x as { id: string }).id < (y as { id: string }).id ? -1 : 1));
      for (const l of Object.keys(given)) given[l] = byId(given[l]);
      expect(mine(out.companies)).toEqual(given.companies.map((c) => expect.objectContaining(c as object)));
      expect(mine(out.reps)).toEqual(given.reps.map((r) => expect.objectContaining(r as object)));
      expect(mine(out.interactions)).toEqual(given.interactions.map((i) => expect.objectContaining({ ...(i as object), nextAction: expect.objectContaining((i as { nextAction: object }).nextAction) })));
    });
  }
});
