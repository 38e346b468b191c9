MATCH (i:Interaction)
WHERE i.nextActionDescription IS NOT NULL AND i.nextActionDone = false
  AND ($managerId IS NULL OR $managerId IN i.managerIds)
  AND ($dueBy IS NULL OR i.nextActionDueDate <= $dueBy)
RETURN i
ORDER BY i.nextActionDueDate, i.id
LIMIT $limit
