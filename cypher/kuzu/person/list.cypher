// A page of people of one kind, in list order. The page starts with a range on the sort key alone (every person has
// one), as on Neo4j (cypher/neo4j/person/list.cypher, where it walks an index in list order).
MATCH (p:Person)
WHERE p.sortKey >= coalesce($afterKey, '') AND p.id IS NOT NULL
  AND ($afterKey IS NULL OR p.sortKey > $afterKey OR p.id > $afterId)
  AND p.kind = $kind
  AND ($search IS NULL OR p.searchText CONTAINS $search)
  AND ($team IS NULL OR p.team = $team)
RETURN p
ORDER BY p.sortKey, p.id
LIMIT $limit
