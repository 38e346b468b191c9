// In-memory network (key persons' org chart): every reports-to link, one row each (rows, not one record of lists:
// see all-companies.cypher).
MATCH (r:Person)-[:REPORTS_TO]->(b:Person)
RETURN r.id AS repIds, b.id AS bossIds
