MATCH (p:Person {id: $personId}), (d:Deal {id: $id})
MERGE (p)-[h:HANDLED]->(d)
SET h.role = $role
