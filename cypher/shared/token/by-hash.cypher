MATCH (t:ApiToken) WHERE t.hash = $hash RETURN t
