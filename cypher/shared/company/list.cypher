MATCH (c:Company)
WHERE ($search IS NULL OR c.searchText CONTAINS $search)
  AND ($industry IS NULL OR c.industry = $industry)
  AND ($partnerStatus IS NULL OR c.partnerStatus = $partnerStatus)
  AND ($afterKey IS NULL OR c.name > $afterKey OR (c.name = $afterKey AND c.id > $afterId))
RETURN c
ORDER BY c.name, c.id
LIMIT $limit
