// Kuzu stage: PortfolioStage
MATCH (m:Person {id: s.managerId}), (c:Company {id: s.companyId})
MERGE (m)-[o:OWNS]->(c)
SET o.since = s.since
