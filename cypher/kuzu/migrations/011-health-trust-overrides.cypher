// Relationship health: a manager's correction of a tie's trust (overrideTrust), one per pair.
CREATE NODE TABLE IF NOT EXISTS TrustOverride(id STRING PRIMARY KEY, a STRING, b STRING, trust DOUBLE, note STRING, byId STRING, at STRING);
