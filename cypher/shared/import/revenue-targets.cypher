// Kuzu stage: RevenueTargetStage
MERGE (t:RevenueTarget {id: s.id})
SET t.setAt = CASE WHEN s.setAt IS NOT NULL THEN s.setAt
                   WHEN t.amount = s.amount AND t.setAt IS NOT NULL THEN t.setAt
                   ELSE $now END,
    t.scope = s.scope, t.scopeId = s.scopeId, t.period = s.period, t.periodFrom = s.periodFrom, t.periodTo = s.periodTo,
    t.amount = s.amount, t.setBy = s.setBy
