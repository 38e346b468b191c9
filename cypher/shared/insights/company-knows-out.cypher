// Key persons: trust ties stored from anyone employed at the company (the caller keeps current members) to
// anyone (colleague or manager), one row per company.
// Kuzu plans the undirected pattern badly at scale (tens of seconds at 100k people), so the two stored
// directions are read by two queries (company-knows-out, company-knows-in). Names only for managers.
MATCH (c:Company)<-[e:EMPLOYED_AT]-(p:Person)-[tie:KNOWS]->(o:Person)
WHERE c.id IN $ids
RETURN c.id AS companyId, collect(p.id) AS personIds, collect(o.id) AS otherIds, collect(o.kind) AS otherKinds,
       collect(CASE WHEN o.kind = 'MANAGER' THEN o.name ELSE '' END) AS otherNames, collect(tie.trust) AS trusts
