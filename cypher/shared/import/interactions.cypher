// Kuzu stage: InteractionStage
MERGE (i:Interaction {id: s.id})
SET i.at = s.at, i.atMillis = s.atMillis, i.channel = s.channel, i.managerIds = s.managerIds, i.repIds = s.repIds,
    i.summary = s.summary, i.reaction = s.reaction, i.concerns = s.concerns,
    i.nextActionDescription = s.nextActionDescription, i.nextActionDueDate = s.nextActionDueDate,
    i.nextActionDone = s.nextActionDone, i.version = coalesce(i.version, 0) + 1
