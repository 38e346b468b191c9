MATCH (p:Person {id: $id})
UNWIND $topics AS topic
MERGE (t:Topic {key: topic.key}) ON CREATE SET t.name = topic.name
MERGE (p)-[:INTERESTED_IN]->(t)
