import { type Actor } from '@/domain/auth/actor';
import { type AuditEntry } from '@/domain/auth/token';
import { type GraphStore } from '@/store/graph-store';
import { type PageRequest } from '@/store/graph-operations';
import { requireAdmin } from '@/app/access/require-admin';

/** A page of the audit log, newest first, optionally of one actor (admins only); `after` is the last row's position. */
export async function readAuditLog(
  store: GraphStore, actor: Actor, input: { actorId?: string | null } & PageRequest,
): Promise<AuditEntry[]> {
  requireAdmin(actor, 'auditLog');
  return store.read.listAudit(input.actorId ?? null, { limit: input.limit, after: input.after });
}
