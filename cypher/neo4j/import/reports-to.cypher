UNWIND $rows AS s
MATCH (r:Person {id: s.repId}), (b:Person {id: s.bossId})
MERGE (r)-[:REPORTS_TO]->(b)
