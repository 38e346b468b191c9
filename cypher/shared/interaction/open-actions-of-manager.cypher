// A live manager's open next actions, from their PARTICIPATED_IN edges (open-actions.cypher scans every interaction
// and is kept for everyone's, and for a manager deleted since).
MATCH (m:Person {id: $managerId})-[:PARTICIPATED_IN]->(i:Interaction)
WHERE i.nextActionDescription IS NOT NULL AND i.nextActionDone = false
  AND $managerId IN i.managerIds
  AND ($dueBy IS NULL OR i.nextActionDueDate <= $dueBy)
RETURN i
ORDER BY i.nextActionDueDate, i.id
LIMIT $limit
