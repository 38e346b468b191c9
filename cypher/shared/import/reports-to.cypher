// Kuzu stage: ReportsToStage
MATCH (r:Person {id: s.repId}), (b:Person {id: s.bossId})
MERGE (r)-[:REPORTS_TO]->(b)
