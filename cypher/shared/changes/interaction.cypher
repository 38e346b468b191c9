// Catching up (warm-path network): one interaction and who took part, as paths/all-interactions reads them.
// The participants are matched from the interaction found by its key again (j), not from i: Kuzu 0.11 plans an
// OPTIONAL MATCH from a bound node as a scan of every participation (14.6 -> 1.4 ms at 10,000 people).
MATCH (i:Interaction {id: $id})
OPTIONAL MATCH (p:Person)-[:PARTICIPATED_IN]->(j:Interaction {id: $id})
RETURN i.id AS id, i.at AS at, i.atMillis AS atMillis, i.channel AS channel, i.reaction AS reaction, collect(p.id) AS who
