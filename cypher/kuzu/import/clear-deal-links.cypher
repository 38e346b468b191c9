MATCH (s:IdStage)
MATCH (:Person)-[h:HANDLED]->(d:Deal {id: s.id})
DELETE h
