import { type GraphOperations } from '@/store/graph-operations';
import { type RequestContext } from '@/graphql/context';
import { decideInTransaction } from '@/graphql/auth/root-access';
import { clearLoaders } from '@/graphql/loaders';
import { type AuditEntry } from '@/domain/auth/token';
import { type WriteRequest, auditEntry as appAuditEntry, inTransaction as appInTransaction } from '@/app/records/write';

/**
 * The write request of the mutation that runs (src/app/records/write.ts): its actor, what its audit entry records
 * (the field and the ids its coerced arguments name, set on the context by root-access.ts), the access decision taken
 * again inside its transaction, and the request's loaders cleared after it, so later fields see the change.
 */
export function writeRequestOf(ctx: RequestContext): WriteRequest {
  return {
    store: ctx.store, actor: ctx.actor, today: ctx.today,
    audit: {
      operation: ctx.currentMutation?.name ?? 'unknown', targetIds: ctx.currentMutation?.targetIds ?? [],
      requestId: ctx.requestId, clientRequestId: ctx.clientRequestId,
    },
    recheck: (ops) => decideInTransaction(ctx, ops),
    afterWrite: () => clearLoaders(ctx.loaders),
  };
}

/** A mutation's work in one write transaction with its access decision and audit entry (see writeRequestOf). */
export function inTransaction<T>(ctx: RequestContext, work: (ops: GraphOperations) => Promise<T>): Promise<T> {
  return appInTransaction(writeRequestOf(ctx), work);
}

/** An audit entry of the request; `operation` and `targetIds` default to the running mutation's. */
export function auditEntry(ctx: RequestContext, operation?: string, targetIds?: string[]): AuditEntry {
  return appAuditEntry(writeRequestOf(ctx), operation, targetIds);
}
