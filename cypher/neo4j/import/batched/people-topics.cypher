// A person and, for a rep (topic keys not null), its expertise and interest links: links the snapshot no longer
// names go, the others are merged (a re-imported rep keeps the links it still has). Neo4j's batched import folds
// the steps people, clear-person-topics, expertise and interests (cypher/shared/import) into this one.
UNWIND $rows AS s
MERGE (p:Person {id: s.id})
SET p.kind = s.kind, p.name = s.name, p.searchText = s.searchText, p.sortKey = s.sortKey, p.nameKana = s.nameKana, p.email = s.email,
    p.phone = s.phone, p.team = s.team, p.expertise = s.expertise, p.interests = s.interests, p.disc = s.disc,
    p.mbti = s.mbti, p.stance = s.stance, p.responseSpeed = s.responseSpeed, p.notes = s.notes,
    p.version = coalesce(p.version, 0) + 1
WITH p, s
CALL {
  WITH p, s
  MATCH (p)-[r:EXPERT_IN|INTERESTED_IN]->(t:Topic)
  WHERE s.expertiseKeys IS NOT NULL
    AND NOT t.key IN CASE type(r) WHEN 'EXPERT_IN' THEN s.expertiseKeys ELSE s.interestKeys END
  DELETE r
}
CALL {
  WITH p, s
  UNWIND coalesce(s.expertiseKeys, []) AS key
  MATCH (t:Topic {key: key})
  MERGE (p)-[:EXPERT_IN]->(t)
}
CALL {
  WITH p, s
  UNWIND coalesce(s.interestKeys, []) AS key
  MATCH (t:Topic {key: key})
  MERGE (p)-[:INTERESTED_IN]->(t)
}
