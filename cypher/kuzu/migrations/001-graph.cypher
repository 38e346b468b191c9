// Kuzu schema: typed node and relationship tables. People (managers and reps) share one table so that
// trust edges, introductions and paths need one relationship table; `kind` tells them apart.
CREATE NODE TABLE IF NOT EXISTS Company(id STRING PRIMARY KEY, name STRING, searchText STRING, partnerStatus STRING, industry STRING, prefecture STRING, employeeCount INT64, foundedYear INT64, annualRevenue DOUBLE, capital DOUBLE, fiscalYearEndMonth INT64, customerCount INT64, customerSegments STRING[], strengths STRING, weaknesses STRING, businessPolicy STRING, challenges STRING, customFields STRING, version INT64);
CREATE NODE TABLE IF NOT EXISTS Person(id STRING PRIMARY KEY, kind STRING, name STRING, searchText STRING, nameKana STRING, email STRING, phone STRING, team STRING, expertise STRING[], interests STRING[], disc STRING, mbti STRING, stance STRING, responseSpeed STRING, notes STRING, version INT64);
CREATE NODE TABLE IF NOT EXISTS Contract(id STRING PRIMARY KEY, companyId STRING, startDate STRING, termMonths INT64, commissionRate DOUBLE, conditions STRING, status STRING, version INT64);
CREATE NODE TABLE IF NOT EXISTS Deal(id STRING PRIMARY KEY, companyId STRING, repId STRING, managerId STRING, product STRING, productKey STRING, amount DOUBLE, grossProfit DOUBLE, stage STRING, proposedAt STRING, closedAt STRING, lossReason STRING, version INT64);
CREATE NODE TABLE IF NOT EXISTS Interaction(id STRING PRIMARY KEY, at STRING, atMillis INT64, channel STRING, managerIds STRING[], repIds STRING[], summary STRING, reaction STRING, concerns STRING[], nextActionDescription STRING, nextActionDueDate STRING, nextActionDone BOOLEAN, version INT64);
CREATE NODE TABLE IF NOT EXISTS Topic(key STRING PRIMARY KEY, name STRING);
CREATE REL TABLE IF NOT EXISTS KNOWS(FROM Person TO Person, id STRING, kind STRING, trust DOUBLE, since STRING, recordedAt STRING, version INT64);
CREATE REL TABLE IF NOT EXISTS EMPLOYED_AT(FROM Person TO Company, id STRING, title STRING, department STRING, since STRING, until STRING);
CREATE REL TABLE IF NOT EXISTS OWNS(FROM Person TO Company, since STRING);
CREATE REL TABLE IF NOT EXISTS REPORTS_TO(FROM Person TO Person);
CREATE REL TABLE IF NOT EXISTS INTRODUCED(FROM Person TO Person, id STRING, toManagerId STRING, at STRING, outcome STRING);
CREATE REL TABLE IF NOT EXISTS PARTICIPATED_IN(FROM Person TO Interaction);
CREATE REL TABLE IF NOT EXISTS HAS_CONTRACT(FROM Company TO Contract);
CREATE REL TABLE IF NOT EXISTS DEAL_WITH(FROM Deal TO Company);
CREATE REL TABLE IF NOT EXISTS HANDLED(FROM Person TO Deal, role STRING);
CREATE REL TABLE IF NOT EXISTS EXPERT_IN(FROM Person TO Topic);
CREATE REL TABLE IF NOT EXISTS INTERESTED_IN(FROM Person TO Topic);
