// Tests only: a person as written before the sort key existed (see src/store/sort-key-backfill.ts).
MATCH (p:Person {id: $id}) SET p.sortKey = NULL
