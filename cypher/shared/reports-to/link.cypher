// Catching up (in-memory network): whether one reports-to link is stored.
MATCH (:Person {id: $repId})-[:REPORTS_TO]->(b:Person {id: $bossId})
RETURN b.id AS bossId
