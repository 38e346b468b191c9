// Key persons: introductions to our managers made by people who work at the company now.
MATCH (c:Company)<-[e:EMPLOYED_AT]-(p:Person)-[i:INTRODUCED]->(:Person)
WHERE c.id IN $ids AND (e.until IS NULL OR e.until > $today)
RETURN c.id AS companyId, p.id AS introducerId, i.outcome AS outcome, i.at AS at
