// Kuzu stage: ParticipationStage
MATCH (p:Person {id: s.personId}), (i:Interaction {id: s.interactionId})
MERGE (p)-[:PARTICIPATED_IN]->(i)
