// Relationship health and warm paths: every trust override.
MATCH (o:TrustOverride)
RETURN o.a AS a, o.b AS b, o.trust AS trust, o.note AS note, o.byId AS byId, o.at AS at
