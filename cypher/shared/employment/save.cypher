MATCH (p:Person {id: $repId}), (c:Company {id: $companyId})
MERGE (p)-[e:EMPLOYED_AT {id: $id}]->(c)
SET e.title = $title, e.department = $department, e.since = $since, e.until = $until
