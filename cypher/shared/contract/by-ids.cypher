MATCH (k:Contract) WHERE k.id IN $ids RETURN k
