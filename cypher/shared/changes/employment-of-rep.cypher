// Catching up (warm-path network): one employment period of a known rep, anchored on the rep's key (Kuzu finds a
// relationship by its id property only with a scan of every employment: changes/employment, for changes without a rep).
MATCH (p:Person {id: $repId})-[e:EMPLOYED_AT]->(c:Company)
WHERE e.id = $id
RETURN e.id AS id, p.id AS repId, c.id AS companyId, e.title AS title, e.department AS department, e.since AS since, e.until AS until
