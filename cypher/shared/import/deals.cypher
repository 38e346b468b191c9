// Kuzu stage: DealStage
MATCH (c:Company {id: s.companyId})
MERGE (d:Deal {id: s.id})
SET d.companyId = s.companyId, d.repId = s.repId, d.managerId = s.managerId, d.product = s.product,
    d.productKey = s.productKey, d.amount = s.amount, d.grossProfit = s.grossProfit, d.stage = s.stage,
    d.proposedAt = s.proposedAt, d.closedAt = s.closedAt, d.lossReason = s.lossReason, d.competitor = s.competitor,
    d.version = coalesce(d.version, 0) + 1
MERGE (d)-[:DEAL_WITH]->(c)
