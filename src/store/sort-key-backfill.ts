import { nameSortKey } from '@/domain/shared/sort-key';
import { type GraphStore } from './graph-store';

/** Set once every row written before the sort key existed has one; a new version of the key would take a new name. */
const DONE = 'backfill:name-sort-key:v1';
const BATCH = 2000;

/**
 * Gives companies and people written before the sort key existed (Kuzu migration 006-name-sort-key, Neo4j
 * 004-name-sort-key) their key, computed by the domain from name and reading: Cypher cannot fold kana. Runs at open,
 * after the migrations, in write transactions of BATCH rows, once per database. One statement a row, by primary key:
 * on Kuzu 0.11 `UNWIND $rows … MATCH {id}` was slower and grew worse than linearly (20,000 people: 41 s; this way
 * 22 s, about 1 ms a row, so ~2 min once for 100,000 people; measured on the shared 2-core machine). Every save
 * and import since writes the key itself.
 */
export async function backfillSortKeys(store: Pick<GraphStore, 'read' | 'write'>): Promise<number> {
  if ((await store.read.getMeta(DONE)) !== null) return 0;
  const written = await writeMissingSortKeys(store);
  await store.write((ops) => ops.setMeta(DONE, new Date().toISOString()));
  return written;
}

/** The backfill's work, whether or not it ran before: the key of every company and person that has none. */
export async function writeMissingSortKeys(store: Pick<GraphStore, 'write'>): Promise<number> {
  let written = 0;
  for (const [without, set] of [['sort-key/companies-without', 'sort-key/set-company'], ['sort-key/people-without', 'sort-key/set-person']] as const) {
    for (;;) {
      const n = await store.write(async (ops) => {
        const rows = await ops.run(without, { limit: BATCH });
        for (const r of rows) {
          await ops.run(set, { id: String(r.id), sortKey: nameSortKey(String(r.name), r.nameKana == null ? null : String(r.nameKana)) });
        }
        return rows.length;
      });
      written += n;
      if (n < BATCH) break;
    }
  }
  return written;
}
