MATCH (d:Deal)
WHERE ($companyId IS NULL OR d.companyId = $companyId)
  AND ($stage IS NULL OR d.stage = $stage)
  AND ($productKey IS NULL OR d.productKey = $productKey)
  AND ($afterKey IS NULL OR d.id > $afterKey)
RETURN d
ORDER BY d.id
LIMIT $limit
