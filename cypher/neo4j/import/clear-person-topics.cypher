UNWIND $rows AS s
MATCH (p:Person {id: s.id})
USING INDEX p:Person(id)
MATCH (p)-[t:EXPERT_IN|INTERESTED_IN]->()
DELETE t
