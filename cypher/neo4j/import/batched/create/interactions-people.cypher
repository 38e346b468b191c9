// import/batched/interactions-people into an empty graph: the interaction is new in this transaction, so are its links.
UNWIND $rows AS s
CREATE (i:Interaction {id: s.id})
SET i.at = s.at, i.atMillis = s.atMillis, i.channel = s.channel, i.managerIds = s.managerIds, i.repIds = s.repIds,
    i.summary = s.summary, i.reaction = s.reaction, i.concerns = s.concerns,
    i.nextActionDescription = s.nextActionDescription, i.nextActionDueDate = s.nextActionDueDate,
    i.nextActionDone = s.nextActionDone, i.version = 1
WITH i, s
CALL {
  WITH i, s
  UNWIND s.people AS personId
  MATCH (p:Person {id: personId})
  CREATE (p)-[:PARTICIPATED_IN]->(i)
}
