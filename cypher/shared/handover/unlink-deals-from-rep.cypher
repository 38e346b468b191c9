// Job change: the leaving rep no longer handles these deals (their HANDLED edges to them go; the successor's come next).
MATCH (r:Person {id: $repId})-[h:HANDLED]->(d:Deal)
WHERE d.id IN $ids
DELETE h
