// Catching up (warm-path network): one employment period, as paths/all-employments reads them.
MATCH (p:Person)-[e:EMPLOYED_AT]->(c:Company)
WHERE e.id = $id
RETURN e.id AS id, p.id AS repId, c.id AS companyId, e.title AS title, e.department AS department, e.since AS since, e.until AS until
