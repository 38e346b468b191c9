MATCH (t:ApiToken) WHERE t.id = $id RETURN t
