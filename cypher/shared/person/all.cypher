MATCH (p:Person) RETURN p ORDER BY p.id
