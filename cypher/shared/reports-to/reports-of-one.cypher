MATCH (r:Person)-[:REPORTS_TO]->(b:Person {id: $id}) RETURN r.id AS repId, b.id AS bossId ORDER BY r.sortKey, r.id
