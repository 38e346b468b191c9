MATCH (i:Interaction) RETURN i ORDER BY i.id
