MATCH (m:Person {id: $managerId}), (c:Company {id: $companyId})
MERGE (m)-[o:OWNS]->(c)
SET o.since = $since
