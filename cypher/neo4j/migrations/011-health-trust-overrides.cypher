// Relationship health: a manager's correction of a tie's trust (overrideTrust), one per pair.
CREATE CONSTRAINT trust_override_id IF NOT EXISTS FOR (o:TrustOverride) REQUIRE o.id IS UNIQUE;
