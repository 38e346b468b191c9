MATCH (c:Company {id: $companyId})
MERGE (d:Deal {id: $id})
SET d.companyId = $companyId, d.repId = $repId, d.managerId = $managerId, d.product = $product,
    d.productKey = $productKey, d.amount = $amount, d.grossProfit = $grossProfit, d.stage = $stage,
    d.proposedAt = $proposedAt, d.closedAt = $closedAt, d.lossReason = $lossReason, d.competitor = $competitor, d.version = $version
MERGE (d)-[:DEAL_WITH]->(c)
RETURN d
