MATCH (r:Person {id: $repId}), (b:Person {id: $bossId})
MERGE (r)-[:REPORTS_TO]->(b)
