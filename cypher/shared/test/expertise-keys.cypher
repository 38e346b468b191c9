// Tests only: the keys of the topics a person is an expert in.
MATCH (p:Person {id: $id})-[:EXPERT_IN]->(t:Topic)
RETURN t.key AS key ORDER BY key
