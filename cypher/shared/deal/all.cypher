MATCH (d:Deal) RETURN d ORDER BY d.id
