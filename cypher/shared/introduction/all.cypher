MATCH (a:Person)-[x:INTRODUCED]->(b:Person)
RETURN x.id AS id, a.id AS introducerId, b.id AS introducedId, x.toManagerId AS toManagerId, x.at AS at,
       x.outcome AS outcome
ORDER BY x.id
