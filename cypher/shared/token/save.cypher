MERGE (t:ApiToken {id: $id})
SET t.name = $name, t.role = $role, t.managerId = $managerId, t.hash = $hash, t.createdAt = $createdAt, t.revokedAt = $revokedAt
