// A live person's interactions, newest first, from their PARTICIPATED_IN edges (interaction/list scans them all and
// is kept for people deleted since: their ids stay in the interactions' lists, their edges went with them).
MATCH (p:Person {id: $personId})-[:PARTICIPATED_IN]->(i:Interaction)
WHERE ($channel IS NULL OR i.channel = $channel)
  AND ($afterAt IS NULL OR i.atMillis < $afterAt OR (i.atMillis = $afterAt AND i.id < $afterId))
RETURN i
ORDER BY i.atMillis DESC, i.id DESC
LIMIT $limit
