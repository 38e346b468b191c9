MATCH (c:Company)-[:HAS_CONTRACT]->(k:Contract) WHERE c.id IN $ids RETURN k ORDER BY k.startDate, k.id
