MATCH (t:Topic) RETURN t.key AS key, t.name AS name ORDER BY t.key
