MATCH (p:Person)-[e:EMPLOYED_AT]->(c:Company {id: $companyId})
WHERE (e.since IS NULL OR e.since <= $today) AND (e.until IS NULL OR e.until > $today)
  AND ($search IS NULL OR p.searchText CONTAINS $search)
  AND ($afterKey IS NULL OR p.sortKey > $afterKey OR (p.sortKey = $afterKey AND p.id > $afterId))
RETURN DISTINCT p
ORDER BY p.sortKey, p.id
LIMIT $limit
