// Tests only: who handles a deal, in which role (the HANDLED links), and the company it is with (DEAL_WITH).
MATCH (p:Person)-[h:HANDLED]->(d:Deal {id: $id})
RETURN p.id AS personId, h.role AS role ORDER BY personId
