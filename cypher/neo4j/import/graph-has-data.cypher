MATCH (n) WHERE n:Company OR n:Person OR n:Contract OR n:Deal OR n:Interaction OR n:Topic OR n:TrustOverride OR n:RevenueTarget OR n:StrategyChange RETURN labels(n)[0] AS label LIMIT 1
