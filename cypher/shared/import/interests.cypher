// Kuzu stage: TopicLinkStage
MATCH (p:Person {id: s.personId}), (t:Topic {key: s.key})
MERGE (p)-[:INTERESTED_IN]->(t)
