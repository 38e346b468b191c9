// Proposals and referrals: every rep's name, tendencies, expertise and interests, one row each.
// (Kuzu answers one row of parallel lists; Neo4j streams one row each: neo4j-driver decodes one record of hundreds of
// thousands of values many times slower. src/store/parallel-columns.ts reads both.)
MATCH (p:Person)
WHERE p.kind = 'REP'
RETURN p.id AS ids, p.name AS names, coalesce(p.responseSpeed, '') AS speeds, coalesce(p.stance, '') AS stances,
       coalesce(p.expertise, []) AS expertise, coalesce(p.interests, []) AS interests
