MATCH (m:Person)-[o:OWNS]->(c:Company)
RETURN m.id AS managerId, c.id AS companyId, o.since AS since ORDER BY m.id, c.id
