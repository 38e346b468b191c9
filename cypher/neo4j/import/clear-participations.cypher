UNWIND $rows AS s
MATCH (:Person)-[r:PARTICIPATED_IN]->(i:Interaction {id: s.id})
DELETE r
