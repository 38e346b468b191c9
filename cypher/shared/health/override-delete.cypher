// Relationship health: clears the trust override of a tie ($a <= $b, $id = "a~b").
MATCH (o:TrustOverride {id: $id})
WHERE o.a = $a AND o.b = $b
DELETE o
