// Key persons: reports-to links between two people who both work at the company now.
MATCH (c:Company)<-[e1:EMPLOYED_AT]-(r:Person)-[:REPORTS_TO]->(b:Person)-[e2:EMPLOYED_AT]->(c)
WHERE c.id IN $ids AND (e1.until IS NULL OR e1.until > $today) AND (e2.until IS NULL OR e2.until > $today)
RETURN c.id AS companyId, r.id AS repId, b.id AS bossId
