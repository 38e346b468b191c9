// Catching up (warm-path network): one deal, as paths/all-deals reads them.
MATCH (d:Deal {id: $id})
RETURN d.id AS id, d.repId AS repId, d.managerId AS managerId, d.stage AS stage, d.closedAt AS closedAt, d.proposedAt AS proposedAt
