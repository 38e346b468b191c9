// Tests only: who handles a deal (its HANDLED links), in which role.
MATCH (p:Person)-[h:HANDLED]->(d:Deal {id: $id})
RETURN p.id AS personId, h.role AS role ORDER BY personId
