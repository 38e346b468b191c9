// Revenue targets (issue 15): one per scope (a partner or a manager) and period; Deal.competitor needs no schema.
CREATE CONSTRAINT revenue_target_id IF NOT EXISTS FOR (t:RevenueTarget) REQUIRE t.id IS UNIQUE;
CREATE INDEX revenue_target_scope IF NOT EXISTS FOR (t:RevenueTarget) ON (t.scopeId);
