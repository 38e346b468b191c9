MATCH (k:Contract)
WHERE ($status IS NULL OR k.status = $status)
  AND ($companyId IS NULL OR k.companyId = $companyId)
  AND ($afterKey IS NULL OR k.id > $afterKey)
RETURN k
ORDER BY k.id
LIMIT $limit
