MATCH (s:StrategyChange)
WHERE s.at >= $since
RETURN s
ORDER BY s.at, s.id
