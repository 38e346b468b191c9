// Warm paths: deals two of these people handled together (the evidence of introduced ties).
MATCH (a:Person)-[:HANDLED]->(d:Deal)<-[:HANDLED]-(b:Person)
WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
RETURN DISTINCT d.id AS id, d.repId AS repId, d.managerId AS managerId, d.stage AS stage, d.closedAt AS closedAt,
       d.proposedAt AS proposedAt
