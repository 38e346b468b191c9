// Kuzu stage: EmploymentStage
MATCH (p:Person {id: s.repId}), (c:Company {id: s.companyId})
MERGE (p)-[e:EMPLOYED_AT {id: s.id}]->(c)
SET e.title = s.title, e.department = s.department, e.since = s.since, e.until = s.until
