// API tokens (only their SHA-256 is stored) and the audit log of every write.
CREATE NODE TABLE IF NOT EXISTS ApiToken(id STRING PRIMARY KEY, name STRING, role STRING, managerId STRING, hash STRING, createdAt STRING, revokedAt STRING);
CREATE NODE TABLE IF NOT EXISTS AuditEntry(id STRING PRIMARY KEY, at STRING, actorId STRING, role STRING, operation STRING, targetIds STRING[], requestId STRING);
