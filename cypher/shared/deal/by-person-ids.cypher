MATCH (p:Person)-[:HANDLED]->(d:Deal) WHERE p.id IN $ids RETURN p.id AS personId, d ORDER BY d.proposedAt DESC, d.id
