MATCH (d:Deal) WHERE d.id IN $ids RETURN d
