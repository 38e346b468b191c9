MATCH (t:ApiToken) WHERE t.managerId = $managerId AND t.revokedAt IS NULL SET t.revokedAt = $at
