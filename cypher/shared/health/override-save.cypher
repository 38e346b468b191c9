// Relationship health: stores a trust override of a tie (one per pair, id = "a~b" with a <= b).
MERGE (o:TrustOverride {id: $id})
SET o.a = $a, o.b = $b, o.trust = $trust, o.note = $note, o.byId = $byId, o.at = $at
