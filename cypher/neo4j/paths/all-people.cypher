// Warm-path cache: every person, one row each (null becomes ''; rows, not one record of lists: see
// all-companies.cypher).
MATCH (p:Person)
RETURN p.id AS ids, p.name AS names, p.kind AS kinds, coalesce(p.team, '') AS teams
