// Kuzu stage: TopicStage
MERGE (t:Topic {key: s.key})
ON CREATE SET t.name = s.name
