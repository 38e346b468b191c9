// Job change (recordJobChange): the leaving rep's open deals at the company they leave, in the write transaction.
// Anchored on the company's key (Kuzu answers `c.id IN $ids` with a scan of every deal); in deal/by-company-ids order.
MATCH (c:Company {id: $companyId})<-[:DEAL_WITH]-(d:Deal)
WHERE d.repId = $repId AND d.stage = $open
RETURN d
ORDER BY d.proposedAt DESC, d.id
