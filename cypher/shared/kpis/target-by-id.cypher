MATCH (t:RevenueTarget {id: $id})
RETURN t
