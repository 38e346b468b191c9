// import/batched/deals-links into an empty graph: the deal is new in this transaction, so are its links.
UNWIND $rows AS s
MATCH (c:Company {id: s.companyId})
CREATE (d:Deal {id: s.id})
SET d.companyId = s.companyId, d.repId = s.repId, d.managerId = s.managerId, d.product = s.product,
    d.productKey = s.productKey, d.amount = s.amount, d.grossProfit = s.grossProfit, d.stage = s.stage,
    d.proposedAt = s.proposedAt, d.closedAt = s.closedAt, d.lossReason = s.lossReason, d.competitor = s.competitor,
    d.version = 1
CREATE (d)-[:DEAL_WITH]->(c)
WITH d, s
CALL {
  WITH d, s
  UNWIND s.handlers AS x
  MATCH (p:Person {id: x.personId})
  CREATE (p)-[:HANDLED {role: x.role}]->(d)
}
