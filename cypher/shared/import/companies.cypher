// Kuzu stage: CompanyStage
MERGE (c:Company {id: s.id})
SET c.name = s.name, c.nameKana = s.nameKana, c.searchText = s.searchText, c.sortKey = s.sortKey, c.partnerStatus = s.partnerStatus, c.industry = s.industry,
    c.prefecture = s.prefecture, c.employeeCount = s.employeeCount, c.foundedYear = s.foundedYear,
    c.annualRevenue = s.annualRevenue, c.capital = s.capital, c.fiscalYearEndMonth = s.fiscalYearEndMonth,
    c.customerCount = s.customerCount, c.customerSegments = s.customerSegments, c.strengths = s.strengths,
    c.weaknesses = s.weaknesses, c.businessPolicy = s.businessPolicy, c.challenges = s.challenges,
    c.customFields = s.customFields, c.version = coalesce(c.version, 0) + 1
