UNWIND $ids AS wanted MATCH (p:Person) WHERE p.id = wanted RETURN p
