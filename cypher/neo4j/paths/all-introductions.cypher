// Warm-path cache: every introduction, one row each (null becomes ''; rows, not one record of lists: see
// all-companies.cypher).
MATCH (a:Person)-[x:INTRODUCED]->(b:Person)
RETURN x.id AS ids, a.id AS introducerIds, b.id AS introducedIds, x.toManagerId AS toManagerIds,
       coalesce(x.at, '') AS ats, x.outcome AS outcomes
