// Key persons: our managers' trust ties to the people who work at the company now.
MATCH (c:Company)<-[e:EMPLOYED_AT]-(p:Person)-[k:KNOWS]-(m:Person)
WHERE c.id IN $ids AND (e.until IS NULL OR e.until > $today) AND m.kind = 'MANAGER'
RETURN c.id AS companyId, p.id AS personId, m.id AS managerId, m.name AS managerName, k.trust AS trust
