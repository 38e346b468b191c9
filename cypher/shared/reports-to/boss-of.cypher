MATCH (r:Person {id: $id})-[:REPORTS_TO]->(b:Person) RETURN r.id AS repId, b.id AS bossId ORDER BY b.id
