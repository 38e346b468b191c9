// Insights on Neo4j (other processes may write it): a summary of what the cached insights read. Every update
// through the API bumps a version, so counts and version sums change with each write that matters.
OPTIONAL MATCH (p:Person)
WITH count(p) AS people, sum(p.version) AS personVersions
OPTIONAL MATCH (c:Company)
WITH people, personVersions, count(c) AS companies, sum(c.version) AS companyVersions
OPTIONAL MATCH (d:Deal)
WITH people, personVersions, companies, companyVersions, count(d) AS deals, sum(d.version) AS dealVersions
OPTIONAL MATCH (:Person)-[tie:KNOWS]->(:Person)
WITH people, personVersions, companies, companyVersions, deals, dealVersions, count(tie) AS ties, sum(tie.version) AS tieVersions,
     sum(tie.trust) AS trustSum
OPTIONAL MATCH (:Person)-[e:EMPLOYED_AT]->(:Company)
RETURN people, personVersions, companies, companyVersions, deals, dealVersions, ties, tieVersions, trustSum,
       count(e) AS employments, sum(CASE WHEN (e.since IS NULL OR e.since <= $today) AND (e.until IS NULL OR e.until > $today) THEN 1 ELSE 0 END) AS current
