CREATE (a:AuditEntry {id: $id, at: $at, actorId: $actorId, role: $role, operation: $operation, targetIds: $targetIds, requestId: $requestId, clientRequestId: $clientRequestId})
