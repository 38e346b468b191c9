// Lists order companies and people by the reading of their name (src/domain/shared/sort-key.ts), stored as sortKey;
// rows written before get it from the store's backfill at open (sort-key-backfill.ts). Keyset pages read in its order.
CREATE INDEX company_sort_key IF NOT EXISTS FOR (c:Company) ON (c.sortKey, c.id);
CREATE INDEX person_sort_key IF NOT EXISTS FOR (p:Person) ON (p.sortKey, p.id);
