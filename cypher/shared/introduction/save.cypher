MATCH (a:Person {id: $introducerId}), (b:Person {id: $introducedId})
MERGE (a)-[x:INTRODUCED {id: $id}]->(b)
SET x.toManagerId = $toManagerId, x.at = $at, x.outcome = $outcome
