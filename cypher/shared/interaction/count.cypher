MATCH (i:Interaction)
WHERE ($channel IS NULL OR i.channel = $channel)
  AND ($personId IS NULL OR $personId IN i.managerIds OR $personId IN i.repIds)
RETURN count(i) AS n
