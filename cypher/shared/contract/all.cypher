MATCH (k:Contract) RETURN k ORDER BY k.id
