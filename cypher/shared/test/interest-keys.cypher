// Tests only: the keys of the topics a person is interested in.
MATCH (p:Person {id: $id})-[:INTERESTED_IN]->(t:Topic)
RETURN t.key AS key ORDER BY key
