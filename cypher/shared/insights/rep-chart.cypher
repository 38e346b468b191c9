// Referrals: the rep's bosses and direct reports.
MATCH (r:Person {id: $id})
OPTIONAL MATCH (r)-[:REPORTS_TO]->(b:Person)
WITH r, collect(b.id) AS bosses
OPTIONAL MATCH (r)<-[:REPORTS_TO]-(x:Person)
RETURN bosses, collect(x.id) AS reports
