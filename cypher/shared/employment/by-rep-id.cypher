MATCH (p:Person {id: $id})-[e:EMPLOYED_AT]->(c:Company)
RETURN e.id AS id, p.id AS repId, c.id AS companyId, e.title AS title, e.department AS department,
       e.since AS since, e.until AS until
ORDER BY e.since DESC, e.id
