// How many interactions a live person took part in (see list-of-person.cypher).
MATCH (p:Person {id: $personId})-[:PARTICIPATED_IN]->(i:Interaction)
WHERE ($channel IS NULL OR i.channel = $channel)
RETURN count(i) AS n
