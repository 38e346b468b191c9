// A page of deals in id order. The page starts with a range on the id alone, so Neo4j walks the id index in order
// and stops at the limit: 325 -> 2.1 ms a page at 100,000 people (with the cursor inside an OR it read and sorted
// every deal).
MATCH (d:Deal)
WHERE d.id > coalesce($afterKey, '')
  AND ($companyId IS NULL OR d.companyId = $companyId)
  AND ($stage IS NULL OR d.stage = $stage)
  AND ($productKey IS NULL OR d.productKey = $productKey)
RETURN d
ORDER BY d.id
LIMIT $limit
