// Snapshot export: every revenue target.
MATCH (t:RevenueTarget)
RETURN t
ORDER BY t.id
