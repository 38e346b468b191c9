// Catching up (warm-path network): one person, as paths/all-people reads them.
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name, p.kind AS kind, p.team AS team
