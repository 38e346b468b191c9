MATCH (c:Company) WHERE c.id IN $ids RETURN c
