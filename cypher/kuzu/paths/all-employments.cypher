// Warm-path cache: every employment period, one row of parallel lists (null becomes '').
MATCH (p:Person)-[e:EMPLOYED_AT]->(c:Company)
RETURN collect(e.id) AS ids, collect(p.id) AS repIds, collect(c.id) AS companyIds, collect(coalesce(e.title, '')) AS titles,
       collect(coalesce(e.department, '')) AS departments, collect(coalesce(e.since, '')) AS sinces,
       collect(coalesce(e.until, '')) AS untils
