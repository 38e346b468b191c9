import { randomUUID } from 'node:crypto';
import { AuditEntry } from '@/domain/auth/token';
import { GraphOperations } from '@/store/graph-operations';
import { StoreConflictError } from '@/store/store-errors';
import { RequestContext } from '@/graphql/context';
import { decideInTransaction } from '@/graphql/auth/root-access';
import { clearLoaders } from '@/graphql/loaders';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { ConflictError } from '@/graphql/errors/conflict.error';
import { NotFoundError } from '@/graphql/errors/not-found.error';

/**
 * Runs a mutation's work in one write transaction, after its access decision taken again on what the transaction
 * reads, together with its audit entry (who, what, which ids: those named and the id of the record `work` returns), then clears the request's loaders so later fields see
 * the change.
 */
export async function inTransaction<T>(ctx: RequestContext, work: (ops: GraphOperations) => Promise<T>): Promise<T> {
  try {
    return await ctx.store.write(async (ops) => {
      await decideInTransaction(ctx, ops);
      const result = await work(ops);
      await ops.appendAudit(auditEntry(ctx, undefined, withWrittenId(ctx, result)));
      return result;
    });
  } catch (e) {
    if (e instanceof StoreConflictError) throw new ConflictError('Another write got there first; reload and try again');
    throw e;
  } finally {
    clearLoaders(ctx.loaders);
  }
}

/** The ids the mutation named, and the id of the record it returns (what a create made). */
function withWrittenId(ctx: RequestContext, result: unknown): string[] {
  const named = ctx.currentMutation?.targetIds ?? [];
  const id = result !== null && typeof result === 'object' ? (result as { id?: unknown }).id : undefined;
  return typeof id === 'string' && !named.includes(id) ? [id, ...named] : named;
}

export function auditEntry(ctx: RequestContext, operation?: string, targetIds?: string[]): AuditEntry {
  return {
    id: randomUUID(), at: new Date().toISOString(), actorId: ctx.actor.id, role: ctx.actor.role,
    operation: operation ?? ctx.currentMutation?.name ?? 'unknown', targetIds: targetIds ?? ctx.currentMutation?.targetIds ?? [],
    requestId: ctx.requestId, clientRequestId: ctx.clientRequestId,
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

import { applyPatch } from '@/domain/shared/record-from-input';

export { applyPatch, recordFromInput, withVersion } from '@/domain/shared/record-from-input';

interface Versioned {
  id: string;
  version: number;
}

/** What the generic create/update/delete mutations need to know about one kind of record. */
export interface RecordKind<T extends Versioned> {
  /** How errors name it: "company", "deal"… */
  what: string;
  load: (ops: GraphOperations, id: string) => Promise<T | null>;
  save: (ops: GraphOperations, next: T, current: T | null) => Promise<void>;
  remove?: (ops: GraphOperations, id: string) => Promise<void>;
  /** Fills defaults after a patch (lists never null, kind fixed…). */
  normalise?: (record: T) => T;
  /** References and cross-field rules, inside the transaction. */
  check?: (ops: GraphOperations, record: T) => Promise<void>;
  /** Fields that cannot be cleared with null. */
  required?: string[];
  /** Whether create must refuse the id (default: `load` finds it); people share one id space. */
  taken?: (ops: GraphOperations, id: string) => Promise<boolean>;
  /** Refuses a delete (e.g. CONFLICT while other records point at it). */
  beforeRemove?: (ops: GraphOperations, record: T) => Promise<void>;
}

const capital = (s: string): string => s[0].toUpperCase() + s.slice(1);

/** create*: CONFLICT when the id is taken, then checks and saves in one transaction. */
export function createRecord<T extends Versioned>(ctx: RequestContext, kind: RecordKind<T>, record: T): Promise<T> {
  return inTransaction(ctx, async (ops) => {
    const taken = kind.taken ? await kind.taken(ops, record.id) : !!(await kind.load(ops, record.id));
    if (taken) throw new ConflictError(`A ${kind.what} with id "${record.id}" exists already`, { id: record.id });
    await kind.check?.(ops, record);
    await kind.save(ops, record, null);
    return record;
  });
}

/** update*: only the fields given change (null clears one), under an optional expectedVersion. */
export function updateRecord<T extends Versioned>(
  ctx: RequestContext, kind: RecordKind<T>, id: string, input: object, expectedVersion: number | null | undefined,
): Promise<T> {
  const given = input as Record<string, unknown>;
  if (given.id != null && given.id !== id) throw BadUserInputError.field('input.id', 'cannot change; omit it or pass the same id');
  for (const f of kind.required ?? []) if (given[f] === null) throw BadUserInputError.field(`input.${f}`, 'cannot be cleared');
  return inTransaction(ctx, async (ops) => {
    const current = await kind.load(ops, id);
    if (!current) throw new NotFoundError(kind.what, id);
    checkVersion(capital(kind.what), id, current.version, expectedVersion);
    const patched = { ...applyPatch(current, input), id, version: current.version + 1 };
    const next = kind.normalise ? kind.normalise(patched) : patched;
    await kind.check?.(ops, next);
    await kind.save(ops, next, current);
    return next;
  });
}

/** delete*: NOT_FOUND for an unknown id; returns the id. */
export function deleteRecord<T extends Versioned>(ctx: RequestContext, kind: RecordKind<T>, id: string): Promise<string> {
  return inTransaction(ctx, async (ops) => {
    const current = await kind.load(ops, id);
    if (!current) throw new NotFoundError(kind.what, id);
    await kind.beforeRemove?.(ops, current);
    await kind.remove!(ops, id);
    return id;
  });
}
