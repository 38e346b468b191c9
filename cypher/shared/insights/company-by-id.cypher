// One company by primary key (see person-by-id).
MATCH (c:Company {id: $id})
RETURN c
