MATCH (m:Meta) WHERE m.key = $key RETURN m.value AS value
