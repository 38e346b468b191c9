// Warm-path cache: every interaction with two people or more, one row of parallel lists (null becomes '').
MATCH (p:Person)-[:PARTICIPATED_IN]->(i:Interaction)
WITH i, collect(p.id) AS who
WHERE size(who) >= 2
RETURN collect(i.id) AS ids, collect(i.at) AS ats, collect(i.atMillis) AS atMillis,
       collect(coalesce(i.channel, '')) AS channels, collect(coalesce(i.reaction, '')) AS reactions, collect(who) AS who
