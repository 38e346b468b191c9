// A deal, its company link and the people who handle it (s.handlers: [{personId, role}]): links the snapshot no
// longer names go, the others are merged. Folds the steps clear-deal-links, clear-deal-company, deals and
// deal-people (cypher/shared/import).
UNWIND $rows AS s
MATCH (c:Company {id: s.companyId})
MERGE (d:Deal {id: s.id})
SET d.companyId = s.companyId, d.repId = s.repId, d.managerId = s.managerId, d.product = s.product,
    d.productKey = s.productKey, d.amount = s.amount, d.grossProfit = s.grossProfit, d.stage = s.stage,
    d.proposedAt = s.proposedAt, d.closedAt = s.closedAt, d.lossReason = s.lossReason, d.competitor = s.competitor,
    d.version = coalesce(d.version, 0) + 1
WITH c, d, s
CALL {
  WITH c, d
  MATCH (d)-[w:DEAL_WITH]->(x)
  WHERE x <> c
  DELETE w
}
MERGE (d)-[:DEAL_WITH]->(c)
WITH d, s
CALL {
  WITH d, s
  MATCH (d)<-[h:HANDLED]-(p)
  WHERE NOT {personId: p.id, role: h.role} IN s.handlers
  DELETE h
}
CALL {
  WITH d, s
  UNWIND s.handlers AS x
  MATCH (p:Person {id: x.personId})
  MERGE (p)-[h:HANDLED]->(d)
  SET h.role = x.role
}
