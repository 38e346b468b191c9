// Partner KPIs (issue 15): the competitor a deal was lost to, and revenue targets per partner or manager and period.
ALTER TABLE Deal ADD IF NOT EXISTS competitor STRING;
ALTER TABLE DealStage ADD IF NOT EXISTS competitor STRING;
CREATE NODE TABLE IF NOT EXISTS RevenueTarget(id STRING PRIMARY KEY, scope STRING, scopeId STRING, period STRING, periodFrom STRING, periodTo STRING, amount DOUBLE, setAt STRING, setBy STRING);
