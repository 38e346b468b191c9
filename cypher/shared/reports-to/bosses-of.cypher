MATCH (r:Person)-[:REPORTS_TO]->(b:Person) WHERE r.id IN $ids RETURN r.id AS repId, b.id AS bossId ORDER BY b.id
