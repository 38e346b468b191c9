// Warm paths to a company: the people who work there on $today.
MATCH (p:Person)-[e:EMPLOYED_AT]->(c:Company {id: $companyId})
WHERE e.until IS NULL OR e.until > $today
RETURN DISTINCT p.id AS id
