// Warm-path cache: every person, one row of parallel lists (null becomes '': collect() skips nulls).
MATCH (p:Person)
RETURN collect(p.id) AS ids, collect(p.name) AS names, collect(p.kind) AS kinds, collect(coalesce(p.team, '')) AS teams
