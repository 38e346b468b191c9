// Referrals: everyone employed at a company where the rep was employed too (any time), with both employments.
MATCH (r:Person {id: $id})-[e1:EMPLOYED_AT]->(c:Company)<-[e2:EMPLOYED_AT]-(o:Person)
WHERE o.id <> r.id
RETURN collect(c.id) AS companyIds, collect(coalesce(e1.since, '')) AS viaSince, collect(coalesce(e1.until, '')) AS viaUntil,
       collect(coalesce(e1.department, '')) AS viaDepartments, collect(o.id) AS personIds, collect(coalesce(e2.since, '')) AS since,
       collect(coalesce(e2.until, '')) AS until, collect(coalesce(e2.department, '')) AS departments
