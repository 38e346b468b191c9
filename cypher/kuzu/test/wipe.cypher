MATCH (n) WHERE label(n) <> 'Meta' DETACH DELETE n
