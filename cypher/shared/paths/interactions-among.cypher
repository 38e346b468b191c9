// Warm paths: interactions in which two of these people took part (last contacts of found steps; the evidence of
// introduced ties).
MATCH (a:Person)-[:PARTICIPATED_IN]->(i:Interaction)<-[:PARTICIPATED_IN]-(b:Person)
WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
RETURN i.id AS id, i.at AS at, i.atMillis AS atMillis, i.channel AS channel, i.reaction AS reaction, a.id AS personId, b.id AS otherId
