MATCH (t:ApiToken) RETURN t ORDER BY t.createdAt, t.id
