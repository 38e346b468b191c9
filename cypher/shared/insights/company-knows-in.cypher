// Key persons: trust ties stored from anyone to a current member (see company-knows-out).
MATCH (c:Company)<-[e:EMPLOYED_AT]-(p:Person)<-[tie:KNOWS]-(o:Person)
WHERE c.id IN $ids
RETURN c.id AS companyId, collect(p.id) AS personIds, collect(o.id) AS otherIds, collect(o.kind) AS otherKinds,
       collect(CASE WHEN o.kind = 'MANAGER' THEN o.name ELSE '' END) AS otherNames, collect(tie.trust) AS trusts
