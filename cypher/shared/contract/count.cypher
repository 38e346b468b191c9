MATCH (k:Contract)
WHERE ($status IS NULL OR k.status = $status)
  AND ($companyId IS NULL OR k.companyId = $companyId)
RETURN count(k) AS n
