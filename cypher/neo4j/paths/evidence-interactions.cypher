// Warm paths, one level of a search: at least the interactions between these people and those they have a
// relationship with (recorded trust ≥ $floor) that happened after the trust was recorded (what moves effective trust).
MATCH (p:Person)-[tie:KNOWS]-(o:Person)
WHERE p.id IN $ids AND tie.trust >= $floor
MATCH (p)-[:PARTICIPATED_IN]->(i:Interaction)<-[:PARTICIPATED_IN]-(o)
WHERE i.atMillis > datetime(tie.recordedAt).epochMillis
RETURN i.id AS id, i.at AS at, i.atMillis AS atMillis, i.channel AS channel, i.reaction AS reaction, p.id AS personId, o.id AS otherId
