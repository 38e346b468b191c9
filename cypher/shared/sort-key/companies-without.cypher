// Companies written before the sort key existed (migration name-sort-key), a batch at a time for the backfill.
MATCH (c:Company) WHERE c.sortKey IS NULL
RETURN c.id AS id, c.name AS name, c.nameKana AS nameKana
LIMIT $limit
