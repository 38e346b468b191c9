MATCH (c:Company) RETURN c ORDER BY c.id
