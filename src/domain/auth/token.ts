import { type Role } from './actor';

/** An API token as stored: only the SHA-256 of the secret is kept. */
export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  managerId: string | null;
  hash: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  role: string;
  operation: string;
  targetIds: string[];
  /** The server's own id of the request. */
  requestId: string;
  /** What the client sent as x-request-id (bounded), kept apart: a client cannot choose the audit's requestId. */
  clientRequestId: string | null;
}
