// Warm paths, one level of a search: at least the deals these people handled with someone they have a
// relationship with, dated on or after the recording of that trust. Here every deal they handled with anyone
// (a broad read is faster on the embedded engine); the service keeps what is newer than each recording.
MATCH (p:Person)-[:HANDLED]->(d:Deal)<-[:HANDLED]-(o:Person)
// ($floor: the same parameters as Neo4j's version, which filters the relationship by it)
WHERE p.id IN $ids AND $floor >= 0.0
RETURN DISTINCT d.id AS id, d.repId AS repId, d.managerId AS managerId, d.stage AS stage, d.closedAt AS closedAt,
       d.proposedAt AS proposedAt
