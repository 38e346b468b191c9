MATCH (d:Deal)
WHERE ($companyId IS NULL OR d.companyId = $companyId)
  AND ($stage IS NULL OR d.stage = $stage)
  AND ($productKey IS NULL OR d.productKey = $productKey)
RETURN count(d) AS n
