// Warm-path cache: every employment period, one row each (null becomes ''; rows, not one record of lists: see
// all-companies.cypher).
MATCH (p:Person)-[e:EMPLOYED_AT]->(c:Company)
RETURN e.id AS ids, p.id AS repIds, c.id AS companyIds, coalesce(e.title, '') AS titles,
       coalesce(e.department, '') AS departments, coalesce(e.since, '') AS sinces, coalesce(e.until, '') AS untils
