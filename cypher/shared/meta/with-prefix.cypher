MATCH (m:Meta) WHERE m.key STARTS WITH $prefix RETURN m.key AS key, m.value AS value ORDER BY key
