// Warm paths: every manager (where a team-wide search may start).
MATCH (p:Person)
WHERE p.kind = 'MANAGER'
RETURN p.id AS id
