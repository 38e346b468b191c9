MATCH (i:Interaction) WHERE i.id IN $ids RETURN i
