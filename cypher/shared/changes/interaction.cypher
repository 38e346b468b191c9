// Catching up (warm-path network): one interaction and who took part, as paths/all-interactions reads them.
MATCH (i:Interaction {id: $id})
OPTIONAL MATCH (p:Person)-[:PARTICIPATED_IN]->(i)
RETURN i.id AS id, i.at AS at, i.atMillis AS atMillis, i.channel AS channel, i.reaction AS reaction, collect(p.id) AS who
