// Key persons: introductions made by anyone employed at the company (the caller keeps current members only).
MATCH (c:Company)<-[e:EMPLOYED_AT]-(p:Person)-[i:INTRODUCED]->(:Person)
WHERE c.id IN $ids
RETURN c.id AS companyId, collect(i.id) AS ids, collect(p.id) AS introducerIds, collect(i.outcome) AS outcomes, collect(coalesce(i.at, '')) AS at
