// An interaction and its participants (s.people): participations the snapshot no longer names go, the others are
// merged. Folds the steps clear-participations, interactions and participations (cypher/shared/import).
UNWIND $rows AS s
MERGE (i:Interaction {id: s.id})
SET i.at = s.at, i.atMillis = s.atMillis, i.channel = s.channel, i.managerIds = s.managerIds, i.repIds = s.repIds,
    i.summary = s.summary, i.reaction = s.reaction, i.concerns = s.concerns,
    i.nextActionDescription = s.nextActionDescription, i.nextActionDueDate = s.nextActionDueDate,
    i.nextActionDone = s.nextActionDone, i.version = coalesce(i.version, 0) + 1
WITH i, s
CALL {
  WITH i, s
  MATCH (i)<-[r:PARTICIPATED_IN]-(p)
  WHERE NOT p.id IN s.people
  DELETE r
}
CALL {
  WITH i, s
  UNWIND s.people AS personId
  MATCH (p:Person {id: personId})
  MERGE (p)-[:PARTICIPATED_IN]->(i)
}
