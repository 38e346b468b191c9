UNWIND $ids AS wanted
MATCH (r:Person)-[:REPORTS_TO]->(b:Person) WHERE b.id = wanted RETURN r.id AS repId, b.id AS bossId ORDER BY r.sortKey, r.id
