import { randomUUID } from 'node:crypto';
import { AuditEntry } from '@/domain/auth/token';
import { GraphOperations } from '@/store/graph-operations';
import { StoreConflictError } from '@/store/store-errors';
import { RequestContext } from '@/graphql/context';
import { clearLoaders } from '@/graphql/loaders';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { ConflictError } from '@/graphql/errors/conflict.error';

/**
 * Runs a mutation's work in one write transaction together with its audit entry (who, what, which ids), then
 * clears the request's loaders so later fields see the change.
 */
export async function inTransaction<T>(ctx: RequestContext, work: (ops: GraphOperations) => Promise<T>): Promise<T> {
  try {
    return await ctx.store.write(async (ops) => {
      const result = await work(ops);
      await ops.appendAudit(auditEntry(ctx));
      return result;
    });
  } catch (e) {
    if (e instanceof StoreConflictError) throw new ConflictError('Another write got there first; reload and try again');
    throw e;
  } finally {
    clearLoaders(ctx.loaders);
  }
}

export function auditEntry(ctx: RequestContext, operation?: string, targetIds?: string[]): AuditEntry {
  return {
    id: randomUUID(), at: new Date().toISOString(), actorId: ctx.actor.id, role: ctx.actor.role,
    operation: operation ?? ctx.currentMutation?.name ?? 'unknown', targetIds: targetIds ?? ctx.currentMutation?.targetIds ?? [],
    requestId: ctx.requestId,
  };
}

/** Optimistic concurrency: a stale `expectedVersion` is a CONFLICT, never a silent overwrite. */
export function checkVersion(what: string, id: string, current: number, expected: number | null | undefined): void {
  if (expected != null && expected !== current) {
    throw new ConflictError(`${what} "${id}" is at version ${current}, not ${expected}: it changed since you read it`, {
      id, currentVersion: current, expectedVersion: expected,
    });
  }
}

/** Fields a create needs but that GraphQL leaves optional (one input type serves create and update). */
export function requireFields(input: object, fields: string[], prefix = 'input'): void {
  const missing = fields.filter((f) => (input as Record<string, unknown>)[f] == null);
  if (missing.length) {
    throw new BadUserInputError(
      `Missing required ${missing.map((f) => `${prefix}.${f}`).join(', ')}`,
      missing.map((f) => ({ field: `${prefix}.${f}`, reason: 'is required' })),
    );
  }
}

/** The fields given in a patch (undefined = keep; null = clear), applied over the current record. */
export function applyPatch<T extends object>(current: T, patch: object): T {
  const next = { ...current } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) next[k] = v;
  return next as T;
}
