// Strategy changes: removes a deleted company's changes, in the delete's transaction.
MATCH (s:StrategyChange)
WHERE s.companyId = $companyId
DELETE s
