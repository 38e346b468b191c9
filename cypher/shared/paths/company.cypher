// Warm paths: one company's name by id (a primary-key lookup).
MATCH (c:Company {id: $id})
RETURN c.id AS id, c.name AS name
