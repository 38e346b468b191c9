// Staging tables for bulk import: rows are COPY'd from NDJSON files, so every column gets the type declared
// here (the Node binding would otherwise infer a batch's types from its first row). Emptied after each step.
CREATE NODE TABLE IF NOT EXISTS IdStage(id STRING PRIMARY KEY);
CREATE NODE TABLE IF NOT EXISTS CompanyStage(id STRING PRIMARY KEY, name STRING, searchText STRING, partnerStatus STRING, industry STRING, prefecture STRING, employeeCount INT64, foundedYear INT64, annualRevenue DOUBLE, capital DOUBLE, fiscalYearEndMonth INT64, customerCount INT64, customerSegments STRING[], strengths STRING, weaknesses STRING, businessPolicy STRING, challenges STRING, customFields STRING);
CREATE NODE TABLE IF NOT EXISTS PersonStage(id STRING PRIMARY KEY, kind STRING, name STRING, searchText STRING, nameKana STRING, email STRING, phone STRING, team STRING, expertise STRING[], interests STRING[], disc STRING, mbti STRING, stance STRING, responseSpeed STRING, notes STRING);
CREATE NODE TABLE IF NOT EXISTS TopicStage(key STRING PRIMARY KEY, name STRING);
CREATE NODE TABLE IF NOT EXISTS TopicLinkStage(rowId STRING PRIMARY KEY, personId STRING, key STRING);
CREATE NODE TABLE IF NOT EXISTS ContractStage(id STRING PRIMARY KEY, companyId STRING, startDate STRING, termMonths INT64, commissionRate DOUBLE, conditions STRING, status STRING);
CREATE NODE TABLE IF NOT EXISTS EmploymentStage(id STRING PRIMARY KEY, repId STRING, companyId STRING, title STRING, department STRING, since STRING, until STRING);
CREATE NODE TABLE IF NOT EXISTS PortfolioStage(rowId STRING PRIMARY KEY, managerId STRING, companyId STRING, since STRING);
CREATE NODE TABLE IF NOT EXISTS RelationshipStage(id STRING PRIMARY KEY, a STRING, b STRING, kind STRING, trust DOUBLE, since STRING, recordedAt STRING);
CREATE NODE TABLE IF NOT EXISTS ReportsToStage(rowId STRING PRIMARY KEY, repId STRING, bossId STRING);
CREATE NODE TABLE IF NOT EXISTS IntroductionStage(id STRING PRIMARY KEY, introducerId STRING, introducedId STRING, toManagerId STRING, at STRING, outcome STRING);
CREATE NODE TABLE IF NOT EXISTS InteractionStage(id STRING PRIMARY KEY, at STRING, atMillis INT64, channel STRING, managerIds STRING[], repIds STRING[], summary STRING, reaction STRING, concerns STRING[], nextActionDescription STRING, nextActionDueDate STRING, nextActionDone BOOLEAN);
CREATE NODE TABLE IF NOT EXISTS ParticipationStage(rowId STRING PRIMARY KEY, personId STRING, interactionId STRING);
CREATE NODE TABLE IF NOT EXISTS DealStage(id STRING PRIMARY KEY, companyId STRING, repId STRING, managerId STRING, product STRING, productKey STRING, amount DOUBLE, grossProfit DOUBLE, stage STRING, proposedAt STRING, closedAt STRING, lossReason STRING);
CREATE NODE TABLE IF NOT EXISTS DealPersonStage(rowId STRING PRIMARY KEY, personId STRING, dealId STRING, role STRING);
