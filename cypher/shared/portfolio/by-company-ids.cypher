MATCH (m:Person)-[o:OWNS]->(c:Company) WHERE c.id IN $ids
RETURN m.id AS managerId, c.id AS companyId, o.since AS since ORDER BY m.sortKey, m.id
