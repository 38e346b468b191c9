MATCH (r:Person)-[:REPORTS_TO]->(b:Person) WHERE b.id IN $ids RETURN r.id AS repId, b.id AS bossId ORDER BY r.name, r.id
