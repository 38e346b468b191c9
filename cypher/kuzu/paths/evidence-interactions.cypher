// Warm paths, one level of a search: at least the interactions between these people and those they have a
// relationship with that happened after the trust was recorded (the evidence that moves effective trust).
// Here every interaction they had with anyone: the embedded engine answers this broad read much faster than
// the join with the relationship (Neo4j's version); the service keeps what is newer than each recording.
MATCH (p:Person)-[:PARTICIPATED_IN]->(i:Interaction)<-[:PARTICIPATED_IN]-(o:Person)
// ($floor: the same parameters as Neo4j's version, which filters the relationship by it)
WHERE p.id IN $ids AND $floor >= 0.0
RETURN i.id AS id, i.at AS at, i.atMillis AS atMillis, i.channel AS channel, i.reaction AS reaction, p.id AS personId, o.id AS otherId
