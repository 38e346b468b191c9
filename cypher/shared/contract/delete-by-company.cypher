MATCH (c:Company {id: $id})-[:HAS_CONTRACT]->(k:Contract) DETACH DELETE k
