UNWIND $rows AS s
MERGE (t:Topic {key: s.key})
ON CREATE SET t.name = s.name
