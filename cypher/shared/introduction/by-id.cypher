MATCH (a:Person {id: $introducerId})-[x:INTRODUCED {id: $id}]->(b:Person {id: $introducedId})
RETURN x.id AS id, a.id AS introducerId, b.id AS introducedId, x.toManagerId AS toManagerId, x.at AS at,
       x.outcome AS outcome
