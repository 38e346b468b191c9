// Kuzu stage: ContractStage
MATCH (c:Company {id: s.companyId})
MERGE (k:Contract {id: s.id})
SET k.companyId = s.companyId, k.startDate = s.startDate, k.termMonths = s.termMonths,
    k.commissionRate = s.commissionRate, k.conditions = s.conditions, k.status = s.status,
    k.version = coalesce(k.version, 0) + 1
MERGE (c)-[:HAS_CONTRACT]->(k)
