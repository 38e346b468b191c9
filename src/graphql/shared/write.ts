import { GraphOperations } from '@/store/graph-operations';
import { RequestContext } from '@/graphql/context';
import { decideInTransaction } from '@/graphql/auth/root-access';
import { clearLoaders } from '@/graphql/loaders';
import { AuditEntry } from '@/domain/auth/token';
import { WriteRequest, auditEntry as appAuditEntry, inTransaction as appInTransaction } from '@/app/records/write';

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

/**
 * A new record from a create input, without a version (a create gives it 1; a snapshot's records have none): `id`,
 * then every field of `defaults` in its order, taking the input's value where it has one (null clears, as in
 * applyPatch), then any other field the input has (class-validator's whitelist keeps unknown ones out before this).
 * The same record `applyPatch({ ...defaults, id }, { ...input, id })` gives, built field by field on one fresh object:
 * the spreads and Object.entries cost 10-20x more (a 157,000-deal snapshot: 1,250 ms against 100 ms), and a snapshot
 * import builds 1.5 million of these. test/graphql/shared/record-from-input.test.ts compares the two.
 */
export function recordFromInput<T extends { id: string }>(defaults: Omit<T, 'id'>, input: object, id: string): T {
  const given = input as Record<string, unknown>;
  const template = defaults as Record<string, unknown>;
  const out: Record<string, unknown> = { id };
  for (const k in template) {
    const v = given[k];
    out[k] = v !== undefined ? v : template[k];
  }
  for (const k of Object.keys(given)) {
    // as a spread copies them: own fields only, and "__proto__" as a field, not the prototype
    if (!Object.hasOwn(out, k) && given[k] !== undefined) Object.defineProperty(out, k, { value: given[k], writable: true, enumerable: true, configurable: true });
  }
  return out as T;
}

/** `record` (fresh from recordFromInput) with its version. */
export function withVersion<T extends { version: number }>(record: Omit<T, 'version'>, version: number): T {
  (record as T).version = version;
  return record as T;
}
export { applyPatch } from '@/app/records/write';
