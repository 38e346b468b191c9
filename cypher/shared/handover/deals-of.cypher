// Handover brief: the deals one person handled (as deal/by-person-ids reads them), anchored on the person's key.
MATCH (p:Person {id: $id})-[:HANDLED]->(d:Deal)
RETURN p.id AS personId, d
ORDER BY d.proposedAt DESC, d.id
