// Warm paths to a company: the people who work there on $today.
MATCH (p:Person)-[e:EMPLOYED_AT]->(c:Company {id: $companyId})
WHERE (e.since IS NULL OR e.since <= $today) AND (e.until IS NULL OR e.until > $today)
RETURN DISTINCT p.id AS id
