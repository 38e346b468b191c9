// Key persons: trust ties between two people who both work at the company now (each pair once).
MATCH (c:Company)<-[e1:EMPLOYED_AT]-(a:Person)-[k:KNOWS]-(b:Person)-[e2:EMPLOYED_AT]->(c)
WHERE c.id IN $ids AND a.id < b.id
  AND (e1.until IS NULL OR e1.until > $today) AND (e2.until IS NULL OR e2.until > $today)
RETURN c.id AS companyId, a.id AS a, b.id AS b, k.trust AS trust
