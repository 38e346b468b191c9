// People written before the sort key existed (migration name-sort-key), a batch at a time for the backfill.
MATCH (p:Person) WHERE p.sortKey IS NULL
RETURN p.id AS id, p.name AS name, p.nameKana AS nameKana
LIMIT $limit
