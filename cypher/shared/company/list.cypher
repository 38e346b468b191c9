// The ids of a page of companies, in list order; their records are read by id (through the record cache).
MATCH (c:Company)
WHERE ($search IS NULL OR c.searchText CONTAINS $search)
  AND ($industry IS NULL OR c.industry = $industry)
  AND ($partnerStatus IS NULL OR c.partnerStatus = $partnerStatus)
  AND ($afterKey IS NULL OR c.sortKey > $afterKey OR (c.sortKey = $afterKey AND c.id > $afterId))
RETURN c.id AS id
ORDER BY c.sortKey, c.id
LIMIT $limit
