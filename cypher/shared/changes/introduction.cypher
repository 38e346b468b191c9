// Catching up (warm-path network): one introduction, as paths/all-introductions reads them.
MATCH (a:Person {id: $introducerId})-[x:INTRODUCED]->(b:Person {id: $introducedId})
WHERE x.id = $id
RETURN x.id AS id, a.id AS introducerId, b.id AS introducedId, x.toManagerId AS toManagerId, x.at AS at, x.outcome AS outcome
