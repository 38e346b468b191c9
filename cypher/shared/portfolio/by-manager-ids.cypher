MATCH (m:Person)-[o:OWNS]->(c:Company) WHERE m.id IN $ids
RETURN m.id AS managerId, c.id AS companyId, o.since AS since ORDER BY c.sortKey, c.id
