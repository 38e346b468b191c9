// Brokers: our team (every manager), as one list.
MATCH (m:Person)
WHERE m.kind = 'MANAGER'
RETURN collect(m.id) AS ids
