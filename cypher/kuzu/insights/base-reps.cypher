// Proposals and referrals: every rep's name, tendencies, expertise and interests, as parallel lists.
MATCH (p:Person)
WHERE p.kind = 'REP'
RETURN collect(p.id) AS ids, collect(p.name) AS names, collect(coalesce(p.responseSpeed, '')) AS speeds,
       collect(coalesce(p.stance, '')) AS stances, collect(coalesce(p.expertise, [])) AS expertise,
       collect(coalesce(p.interests, [])) AS interests
