// Kuzu stage: StrategyChangeStage
MERGE (c:StrategyChange {id: s.id})
SET c.companyId = s.companyId, c.at = s.at, c.field = s.field, c.before = s.before, c.after = s.after
