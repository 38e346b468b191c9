// Proposals and referrals: every tie between one of our managers and anyone, as parallel lists.
MATCH (m:Person)-[tie:KNOWS]-(p:Person)
WHERE m.kind = 'MANAGER'
RETURN collect(m.id) AS managerIds, collect(m.name) AS managerNames, collect(p.id) AS personIds, collect(tie.trust) AS trusts
