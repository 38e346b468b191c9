UNWIND $rows AS s
MATCH (:Person)-[h:HANDLED]->(d:Deal {id: s.id})
DELETE h
