MATCH (c:Company {id: $companyId})
MERGE (k:Contract {id: $id})
SET k.companyId = $companyId, k.startDate = $startDate, k.termMonths = $termMonths,
    k.commissionRate = $commissionRate, k.conditions = $conditions, k.status = $status, k.version = $version
MERGE (c)-[:HAS_CONTRACT]->(k)
RETURN k
