UNWIND $rows AS s
MATCH (p:Person {id: s.id})-[t:EXPERT_IN|INTERESTED_IN]->(:Topic)
DELETE t
