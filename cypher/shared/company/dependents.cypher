MATCH (c:Company {id: $id})
OPTIONAL MATCH (d:Deal)-[:DEAL_WITH]->(c)
WITH c, count(d) AS deals
OPTIONAL MATCH (p:Person)-[e:EMPLOYED_AT]->(c)
RETURN deals, count(e) AS employments
