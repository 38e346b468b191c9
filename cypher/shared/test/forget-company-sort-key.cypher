// Tests only: a company as written before the sort key existed (see src/store/sort-key-backfill.ts).
MATCH (c:Company {id: $id}) SET c.sortKey = NULL
