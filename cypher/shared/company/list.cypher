// The ids of a page of companies, in list order; their records are read by id (through the record cache).
// The page starts with a range on the sort key alone (every company has one: saves, imports and the backfill at open
// set it), so Neo4j walks its (sortKey, id) index in list order and stops at the limit: 35 -> 2.5 ms a page at
// 100,000 people (with the cursor inside an OR it read and sorted every company).
MATCH (c:Company)
WHERE c.sortKey >= coalesce($afterKey, '') AND c.id IS NOT NULL
  AND ($afterKey IS NULL OR c.sortKey > $afterKey OR c.id > $afterId)
  AND ($search IS NULL OR c.searchText CONTAINS $search)
  AND ($industry IS NULL OR c.industry = $industry)
  AND ($partnerStatus IS NULL OR c.partnerStatus = $partnerStatus)
RETURN c.id AS id
ORDER BY c.sortKey, c.id
LIMIT $limit
