// Referrals: the rep's own trust ties (to anyone), as parallel lists.
MATCH (r:Person {id: $id})-[tie:KNOWS]-(o:Person)
RETURN collect(o.id) AS otherIds, collect(tie.trust) AS trusts, collect(coalesce(tie.kind, '')) AS kinds
