MATCH (p:Person)-[e:EMPLOYED_AT]->(c:Company {id: $companyId})
WHERE (e.since IS NULL OR e.since <= $today) AND (e.until IS NULL OR e.until > $today)
  AND ($search IS NULL OR p.searchText CONTAINS $search)
  AND ($afterKey IS NULL OR p.name > $afterKey OR (p.name = $afterKey AND p.id > $afterId))
RETURN DISTINCT p
ORDER BY p.name, p.id
LIMIT $limit
