// Staging tables for the snapshot lists of issue 15 (trustOverrides, revenueTargets, strategyChanges), as 002.
CREATE NODE TABLE IF NOT EXISTS TrustOverrideStage(id STRING PRIMARY KEY, a STRING, b STRING, trust DOUBLE, note STRING, byId STRING, at STRING);
CREATE NODE TABLE IF NOT EXISTS RevenueTargetStage(id STRING PRIMARY KEY, scope STRING, scopeId STRING, period STRING, periodFrom STRING, periodTo STRING, amount DOUBLE, setAt STRING, setBy STRING);
CREATE NODE TABLE IF NOT EXISTS StrategyChangeStage(id STRING PRIMARY KEY, companyId STRING, at STRING, field STRING, before STRING, after STRING);
