MATCH (n) WHERE label(n) IN ['Company', 'Person', 'Contract', 'Deal', 'Interaction', 'Topic', 'TrustOverride', 'RevenueTarget', 'StrategyChange'] RETURN label(n) AS label LIMIT 1
