// In-memory network (key persons' org chart): every reports-to link, one row of parallel lists.
MATCH (r:Person)-[:REPORTS_TO]->(b:Person)
RETURN collect(r.id) AS repIds, collect(b.id) AS bossIds
