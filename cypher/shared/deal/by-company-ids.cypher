MATCH (d:Deal)-[:DEAL_WITH]->(c:Company) WHERE c.id IN $ids RETURN d ORDER BY d.proposedAt DESC, d.id
