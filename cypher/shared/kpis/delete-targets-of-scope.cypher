// Revenue targets: removes every target of one scope (a deleted partner's or manager's), in the delete's transaction.
MATCH (t:RevenueTarget)
WHERE t.scope = $scope AND t.scopeId = $scopeId
DELETE t
