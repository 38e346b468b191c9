// Kuzu stage: IntroductionStage
MATCH (a:Person {id: s.introducerId}), (b:Person {id: s.introducedId})
MERGE (a)-[x:INTRODUCED {id: s.id}]->(b)
SET x.toManagerId = s.toManagerId, x.at = s.at, x.outcome = s.outcome
