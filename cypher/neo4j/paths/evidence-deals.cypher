// Warm paths, one level of a search: at least the deals these people handled with someone they have a relationship
// with, dated on or after the day the trust was recorded (the service keeps those after the recording).
MATCH (p:Person)-[tie:KNOWS]-(o:Person)
WHERE p.id IN $ids AND tie.trust >= $floor
MATCH (p)-[:HANDLED]->(d:Deal)<-[:HANDLED]-(o)
WHERE coalesce(d.closedAt, d.proposedAt) >= substring(tie.recordedAt, 0, 10)
RETURN DISTINCT d.id AS id, d.repId AS repId, d.managerId AS managerId, d.stage AS stage, d.closedAt AS closedAt,
       d.proposedAt AS proposedAt
