// Relationship health: the trust overrides of ties with one end among these people (a small table: scanned).
MATCH (o:TrustOverride)
WHERE o.a IN $ids OR o.b IN $ids
RETURN o.a AS a, o.b AS b, o.trust AS trust, o.note AS note, o.byId AS byId, o.at AS at
