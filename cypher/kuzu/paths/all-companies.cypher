// Warm-path cache: every company's name, one row of parallel lists.
MATCH (c:Company)
RETURN collect(c.id) AS ids, collect(c.name) AS names
