// Revenue targets (issue 15): one per scope (a partner or a manager) and period; Deal.competitor needs no schema.
CREATE CONSTRAINT revenue_target_id IF NOT EXISTS FOR (t:RevenueTarget) REQUIRE t.id IS UNIQUE;
CREATE INDEX revenue_target_scope IF NOT EXISTS FOR (t:RevenueTarget) ON (t.scopeId);
// Strategy changes (issue 15 §3c): one record per change of a company's businessPolicy or challenges, with its time.
CREATE CONSTRAINT strategy_change_id IF NOT EXISTS FOR (s:StrategyChange) REQUIRE s.id IS UNIQUE;
CREATE INDEX strategy_change_at IF NOT EXISTS FOR (s:StrategyChange) ON (s.at);
