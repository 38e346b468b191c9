// Current employments at some companies with the rep's record (a page of companies with their people in one read).
MATCH (p:Person)-[e:EMPLOYED_AT]->(c:Company) WHERE c.id IN $ids
  AND (e.since IS NULL OR e.since <= $today) AND (e.until IS NULL OR e.until > $today)
RETURN e.id AS id, p.id AS repId, c.id AS companyId, e.title AS title, e.department AS department,
       e.since AS since, e.until AS until, p
ORDER BY p.sortKey, p.id, e.since
