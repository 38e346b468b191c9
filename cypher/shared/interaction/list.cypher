MATCH (i:Interaction)
WHERE ($channel IS NULL OR i.channel = $channel)
  AND ($personId IS NULL OR $personId IN i.managerIds OR $personId IN i.repIds)
  AND ($afterAt IS NULL OR i.atMillis < $afterAt OR (i.atMillis = $afterAt AND i.id < $afterId))
RETURN i
ORDER BY i.atMillis DESC, i.id DESC
LIMIT $limit
