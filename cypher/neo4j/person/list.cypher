// A page of people of one kind, in list order (Kuzu: cypher/kuzu/person/list.cypher, the same but for the hint).
// The page starts with a range on the sort key alone (every person has one), and the hint keeps Neo4j on its
// (sortKey, id) index, walked in list order up to the limit: 415 -> 2.6 ms a page of reps at 100,000 people (with the
// cursor inside an OR it read and sorted every person). Without the hint the planner may seek the kind index instead
// and sort every person of that kind (seen on an empty graph).
MATCH (p:Person)
USING INDEX p:Person(sortKey, id)
WHERE p.sortKey >= coalesce($afterKey, '') AND p.id IS NOT NULL
  AND ($afterKey IS NULL OR p.sortKey > $afterKey OR p.id > $afterId)
  AND p.kind = $kind
  AND ($search IS NULL OR p.searchText CONTAINS $search)
  AND ($team IS NULL OR p.team = $team)
RETURN p
ORDER BY p.sortKey, p.id
LIMIT $limit
