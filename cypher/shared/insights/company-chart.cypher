// Key persons: reports-to links from anyone employed at the company (the caller keeps current members only).
MATCH (c:Company)<-[e:EMPLOYED_AT]-(r:Person)-[:REPORTS_TO]->(b:Person)
WHERE c.id IN $ids
RETURN c.id AS companyId, collect(r.id) AS repIds, collect(b.id) AS bossIds
