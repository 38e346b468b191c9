// A page of contracts in id order. The page starts with a range on the id alone, so Neo4j walks the id index in
// order and stops at the limit (with the cursor inside an OR it read and sorted every contract).
MATCH (k:Contract)
WHERE k.id > coalesce($afterKey, '')
  AND ($status IS NULL OR k.status = $status)
  AND ($companyId IS NULL OR k.companyId = $companyId)
RETURN k
ORDER BY k.id
LIMIT $limit
