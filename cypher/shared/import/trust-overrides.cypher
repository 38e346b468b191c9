// Kuzu stage: TrustOverrideStage
MERGE (o:TrustOverride {id: s.id})
SET o.at = CASE WHEN s.at IS NOT NULL THEN s.at
                WHEN o.trust = s.trust AND o.at IS NOT NULL THEN o.at
                ELSE $now END,
    o.a = s.a, o.b = s.b, o.trust = s.trust, o.note = s.note, o.byId = s.byId
