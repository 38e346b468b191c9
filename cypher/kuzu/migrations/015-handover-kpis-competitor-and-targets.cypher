// Partner KPIs (issue 15): the competitor a deal was lost to, and revenue targets per partner or manager and period.
ALTER TABLE Deal ADD IF NOT EXISTS competitor STRING;
ALTER TABLE DealStage ADD IF NOT EXISTS competitor STRING;
CREATE NODE TABLE IF NOT EXISTS RevenueTarget(id STRING PRIMARY KEY, scope STRING, scopeId STRING, period STRING, periodFrom STRING, periodTo STRING, amount DOUBLE, setAt STRING, setBy STRING);
// Strategy changes (issue 15 §3c): one record per change of a company's businessPolicy or challenges, with its time.
CREATE NODE TABLE IF NOT EXISTS StrategyChange(id STRING PRIMARY KEY, companyId STRING, at STRING, field STRING, before STRING, after STRING);
