// Key persons: the people who work at each company now, with their current title and department.
MATCH (c:Company)<-[e:EMPLOYED_AT]-(p:Person)
WHERE c.id IN $ids AND (e.until IS NULL OR e.until > $today)
RETURN c.id AS companyId, p.id AS id, p.name AS name, e.title AS title, e.department AS department, e.since AS since
