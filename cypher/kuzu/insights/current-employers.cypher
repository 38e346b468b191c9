// Brokers: where everyone works now, as parallel lists (the caller keeps each person's latest current employment).
MATCH (p:Person)-[e:EMPLOYED_AT]->(c:Company)
WHERE (e.since IS NULL OR e.since <= $today) AND (e.until IS NULL OR e.until > $today)
RETURN collect(p.id) AS personIds, collect(c.id) AS companyIds, collect(coalesce(e.since, '')) AS since
