// Warm-path cache: every interaction with two people or more, one row each (null becomes ''; rows, not one record of
// lists: see all-companies.cypher).
MATCH (p:Person)-[:PARTICIPATED_IN]->(i:Interaction)
WITH i, collect(p.id) AS who
WHERE size(who) >= 2
RETURN i.id AS ids, i.at AS ats, i.atMillis AS atMillis, coalesce(i.channel, '') AS channels,
       coalesce(i.reaction, '') AS reactions, who
