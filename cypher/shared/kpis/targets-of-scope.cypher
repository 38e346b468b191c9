MATCH (t:RevenueTarget)
WHERE t.scope = $scope AND t.scopeId = $scopeId
RETURN t
ORDER BY t.periodFrom, t.id
