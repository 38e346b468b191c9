MATCH (r:Person)-[:REPORTS_TO]->(b:Person) RETURN r.id AS repId, b.id AS bossId ORDER BY r.id, b.id
