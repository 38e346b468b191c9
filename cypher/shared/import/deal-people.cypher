// Kuzu stage: DealPersonStage
MATCH (p:Person {id: s.personId}), (d:Deal {id: s.dealId})
MERGE (p)-[h:HANDLED]->(d)
SET h.role = s.role
