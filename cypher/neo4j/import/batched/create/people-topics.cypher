// import/batched/people-topics into an empty graph (ImportRun.mode 'create'): the person is new in this very
// transaction, so nothing else can have linked it yet and its links are created, not merged.
UNWIND $rows AS s
CREATE (p:Person {id: s.id})
SET p.kind = s.kind, p.name = s.name, p.searchText = s.searchText, p.sortKey = s.sortKey, p.nameKana = s.nameKana, p.email = s.email,
    p.phone = s.phone, p.team = s.team, p.expertise = s.expertise, p.interests = s.interests, p.disc = s.disc,
    p.mbti = s.mbti, p.stance = s.stance, p.responseSpeed = s.responseSpeed, p.notes = s.notes,
    p.version = 1
WITH p, s
CALL {
  WITH p, s
  UNWIND coalesce(s.expertiseKeys, []) AS key
  MATCH (t:Topic {key: key})
  CREATE (p)-[:EXPERT_IN]->(t)
}
CALL {
  WITH p, s
  UNWIND coalesce(s.interestKeys, []) AS key
  MATCH (t:Topic {key: key})
  CREATE (p)-[:INTERESTED_IN]->(t)
}
