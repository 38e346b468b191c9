// Catching up (warm-path network): the trust override of one tie (id "a~b", a <= b), as health/all-overrides reads them.
MATCH (o:TrustOverride {id: $id})
RETURN o.a AS a, o.b AS b, o.trust AS trust, o.note AS note, o.byId AS byId, o.at AS at
