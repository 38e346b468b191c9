// Key persons: the people who work at each company now, with their current title and department.
// Columnar (one row per company, parallel lists): Kuzu hands back long lists far faster than many rows.
// collect() drops nulls, so nullable columns are coalesced to '' and read back as null.
MATCH (c:Company)<-[e:EMPLOYED_AT]-(p:Person)
WHERE c.id IN $ids AND (e.since IS NULL OR e.since <= $today) AND (e.until IS NULL OR e.until > $today)
RETURN c.id AS companyId, collect(p.id) AS ids, collect(p.name) AS names, collect(coalesce(e.title, '')) AS titles,
       collect(coalesce(e.department, '')) AS departments, collect(coalesce(e.since, '')) AS since
