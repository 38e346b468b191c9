MERGE (i:Interaction {id: $id})
SET i.at = $at, i.atMillis = $atMillis, i.channel = $channel, i.managerIds = $managerIds, i.repIds = $repIds,
    i.summary = $summary, i.reaction = $reaction, i.concerns = $concerns,
    i.nextActionDescription = $nextActionDescription, i.nextActionDueDate = $nextActionDueDate,
    i.nextActionDone = $nextActionDone, i.version = $version
RETURN i
