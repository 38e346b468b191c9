MERGE (t:RevenueTarget {id: $id})
SET t.scope = $scope, t.scopeId = $scopeId, t.period = $period, t.periodFrom = $periodFrom, t.periodTo = $periodTo,
    t.amount = $amount, t.setAt = $setAt, t.setBy = $setBy
RETURN t
