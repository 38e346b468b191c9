// Neo4j: parameters as one map (see ONE_MAP_MARKER in src/store/cypher/query-library.ts).
// Job change: the interaction that carries a handed-over next action for the successor, who takes part in it.
MATCH (s:Person {id: $successorId})
CREATE (i:Interaction {id: $id, at: $at, atMillis: $atMillis, channel: $channel, managerIds: $managerIds, repIds: $repIds,
  summary: $summary, reaction: $reaction, concerns: $concerns, nextActionDescription: $nextActionDescription,
  nextActionDueDate: $nextActionDueDate, nextActionDone: $nextActionDone, version: $version})
CREATE (s)-[:PARTICIPATED_IN]->(i)
