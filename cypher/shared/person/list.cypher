MATCH (p:Person)
WHERE p.kind = $kind
  AND ($search IS NULL OR p.searchText CONTAINS $search)
  AND ($team IS NULL OR p.team = $team)
  AND ($afterKey IS NULL OR p.sortKey > $afterKey OR (p.sortKey = $afterKey AND p.id > $afterId))
RETURN p
ORDER BY p.sortKey, p.id
LIMIT $limit
