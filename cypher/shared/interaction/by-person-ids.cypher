MATCH (p:Person)-[:PARTICIPATED_IN]->(i:Interaction) WHERE p.id IN $ids
RETURN p.id AS personId, i ORDER BY i.atMillis DESC, i.id
