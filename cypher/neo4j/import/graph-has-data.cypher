MATCH (n) WHERE n:Company OR n:Person OR n:Contract OR n:Deal OR n:Interaction OR n:Topic RETURN labels(n)[0] AS label LIMIT 1
