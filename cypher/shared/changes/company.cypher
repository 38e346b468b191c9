// Catching up (warm-path network): one company, as paths/all-companies reads them.
MATCH (c:Company {id: $id})
RETURN c.id AS id, c.name AS name
