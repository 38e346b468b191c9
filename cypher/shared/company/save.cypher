MERGE (c:Company {id: $id})
SET c.name = $name, c.nameKana = $nameKana, c.searchText = $searchText, c.sortKey = $sortKey, c.partnerStatus = $partnerStatus, c.industry = $industry,
    c.prefecture = $prefecture, c.employeeCount = $employeeCount, c.foundedYear = $foundedYear,
    c.annualRevenue = $annualRevenue, c.capital = $capital, c.fiscalYearEndMonth = $fiscalYearEndMonth,
    c.customerCount = $customerCount, c.customerSegments = $customerSegments, c.strengths = $strengths,
    c.weaknesses = $weaknesses, c.businessPolicy = $businessPolicy, c.challenges = $challenges,
    c.customFields = $customFields, c.version = $version
RETURN c
