// Warm paths: introductions these people made, received, or (managers) were introduced to.
MATCH (a:Person)-[x:INTRODUCED]->(b:Person)
WHERE a.id IN $ids OR b.id IN $ids OR x.toManagerId IN $ids
RETURN x.id AS id, a.id AS introducerId, b.id AS introducedId, x.toManagerId AS toManagerId, x.at AS at,
       x.outcome AS outcome
