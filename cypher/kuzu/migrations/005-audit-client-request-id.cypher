// The x-request-id a client sent, kept beside the server's own request id in each audit entry.
ALTER TABLE AuditEntry ADD clientRequestId STRING;
