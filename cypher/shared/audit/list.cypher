MATCH (a:AuditEntry)
WHERE ($actorId IS NULL OR a.actorId = $actorId)
  AND ($afterKey IS NULL OR a.at < $afterKey OR (a.at = $afterKey AND a.id < $afterId))
RETURN a
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
