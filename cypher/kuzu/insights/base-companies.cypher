// Proposals and referrals: every company's name, industry, customer segments, partner status, business policy and challenges.
MATCH (c:Company)
RETURN collect(c.id) AS ids, collect(c.name) AS names, collect(coalesce(c.industry, '')) AS industries,
       collect(coalesce(c.customerSegments, [])) AS segments, collect(coalesce(c.partnerStatus, '')) AS statuses,
       collect(coalesce(c.businessPolicy, '')) AS policies, collect(coalesce(c.challenges, '')) AS challenges
