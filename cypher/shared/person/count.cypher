MATCH (p:Person)
WHERE p.kind = $kind
  AND ($search IS NULL OR p.searchText CONTAINS $search)
  AND ($team IS NULL OR p.team = $team)
RETURN count(p) AS n
