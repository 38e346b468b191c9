// Warm-path cache: every introduction, one row of parallel lists (null becomes '').
MATCH (a:Person)-[x:INTRODUCED]->(b:Person)
RETURN collect(x.id) AS ids, collect(a.id) AS introducerIds, collect(b.id) AS introducedIds,
       collect(x.toManagerId) AS toManagerIds, collect(coalesce(x.at, '')) AS ats, collect(x.outcome) AS outcomes
