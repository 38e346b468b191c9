MATCH (c:Company)
WHERE ($search IS NULL OR c.searchText CONTAINS $search)
  AND ($industry IS NULL OR c.industry = $industry)
  AND ($partnerStatus IS NULL OR c.partnerStatus = $partnerStatus)
RETURN count(c) AS n
