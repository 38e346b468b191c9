import { randomUUID } from 'node:crypto';
import { type Actor, Role } from '@/domain/auth/actor';
import { type AuditEntry } from '@/domain/auth/token';
import { type GraphOperations } from '@/store/graph-operations';
import { type GraphStore } from '@/store/graph-store';
import { StoreConflictError } from '@/store/store-errors';
import { applyPatch } from '@/domain/shared/record-from-input';
import { Conflict, Forbidden, InvalidInput, NotFound } from '@/app/errors';
import { FieldProblems } from '@/app/validation/field-problems';

/**
 * Who writes, and how the write is recorded: everything a record use case needs besides its input. A transport builds
 * one per operation (src/graphql/shared/write.ts from the request context; tests with `writeRequest`).
 */
export interface WriteRequest {
  store: GraphStore;
  actor: Actor;
  /** YYYY-MM-DD (UTC) the request runs on: what "today" means for defaults. */
  today: string;
  /** What the audit entry records: the operation, the ids it named, and the request's ids. */
  audit: { operation: string; targetIds: readonly string[]; requestId: string; clientRequestId: string | null };
  /**
   * The access decision taken again inside the write transaction, on what the transaction reads (a write committed
   * meanwhile cannot widen it); throws to refuse. The transport's policy supplies it. Without one only an admin may
   * write: the use cases fail closed for anyone else.
   */
  recheck?: (ops: GraphOperations) => Promise<void>;
  /** Called when the write is over, committed or not: the transport drops what it read before (its loaders). */
  afterWrite?: () => void;
}

/**
 * A write request without a transport (tests, scripts): a fresh request id, no ids named, no access decision (so
 * only an admin's writes go through).
 */
export function writeRequest(store: GraphStore, actor: Actor, operation: string, today = new Date().toISOString().slice(0, 10)): WriteRequest {
  return { store, actor, today, audit: { operation, targetIds: [], requestId: randomUUID(), clientRequestId: null } };
}

/**
 * Runs a use case's work in one write transaction, after the access decision taken again on what the transaction
 * reads, together with its audit entry (who, what, which ids: those named and the id of the record `work` returns);
 * then tells the transport the write is over, so later reads see the change.
 */
export async function inTransaction<T>(w: WriteRequest, work: (ops: GraphOperations) => Promise<T>): Promise<T> {
  try {
    if (!w.recheck && w.actor.role !== Role.ADMIN) {
      throw new Forbidden(`Not allowed: ${w.audit.operation} was given no access decision, and only an admin writes without one`, w.audit.operation);
    }
    return await w.store.write(async (ops) => {
      await w.recheck?.(ops);
      const result = await work(ops);
      await ops.appendAudit(auditEntry(w, undefined, withWrittenId(w, result)));
      return result;
    });
  } catch (e) {
    if (e instanceof StoreConflictError) throw new Conflict('Another write got there first; reload and try again');
    throw e;
  } finally {
    w.afterWrite?.();
  }
}

/**
 * The ids the operation named, and the id of the record it returns (what a create made), and the ids a use case that
 * writes several records says it wrote (`writtenIds` on its result: a job change's employments, moved deals, …).
 */
function withWrittenId(w: WriteRequest, result: unknown): string[] {
  const named = [...w.audit.targetIds];
  const r = result !== null && typeof result === 'object' ? (result as { id?: unknown; writtenIds?: unknown }) : {};
  const written = [...(typeof r.id === 'string' ? [r.id] : []), ...(Array.isArray(r.writtenIds) ? r.writtenIds.filter((x): x is string => typeof x === 'string') : [])];
  return [...new Set([...written.filter((id) => !named.includes(id)), ...named])];
}

export function auditEntry(w: Pick<WriteRequest, 'actor' | 'audit'>, operation?: string, targetIds?: string[]): AuditEntry {
  return {
    id: randomUUID(), at: new Date().toISOString(), actorId: w.actor.id, role: w.actor.role,
    operation: operation ?? w.audit.operation, targetIds: targetIds ?? [...w.audit.targetIds],
    requestId: w.audit.requestId, clientRequestId: w.audit.clientRequestId,
  };
}

/** Optimistic concurrency: a stale `expectedVersion` is a CONFLICT, never a silent overwrite. */
export function checkVersion(what: string, id: string, current: number, expected: number | null | undefined): void {
  if (expected != null && expected !== current) {
    throw new Conflict(`${what} "${id}" is at version ${current}, not ${expected}: it changed since you read it`, {
      id, currentVersion: current, expectedVersion: expected,
    });
  }
}

/** A patch of `T`: every field optional; null clears one (where the record allows it). */
export type Patch<T> = { [K in keyof T]?: T[K] | null };

interface Versioned {
  id: string;
  version: number;
}

/** What the generic create/update/delete use cases need to know about one kind of record. */
export interface RecordKind<T extends Versioned> {
  /** How errors name it: "company", "deal"… */
  what: string;
  load: (ops: GraphOperations, id: string) => Promise<T | null>;
  /** `today`: the request's day, for what the save stamps (instantOn). */
  save: (ops: GraphOperations, next: T, current: T | null, today: string) => Promise<void>;
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
export function createRecord<T extends Versioned>(w: WriteRequest, kind: RecordKind<T>, record: T): Promise<T> {
  return inTransaction(w, async (ops) => {
    const taken = kind.taken ? await kind.taken(ops, record.id) : !!(await kind.load(ops, record.id));
    if (taken) throw new Conflict(`A ${kind.what} with id "${record.id}" exists already`, { id: record.id });
    await kind.check?.(ops, record);
    await kind.save(ops, record, null, w.today);
    return record;
  });
}

/** update*: only the fields given change (null clears one), under an optional expectedVersion. */
export async function updateRecord<T extends Versioned>(
  w: WriteRequest, kind: RecordKind<T>, id: string, input: object, expectedVersion: number | null | undefined,
): Promise<T> {
  const given = input as Record<string, unknown>;
  const problems = new FieldProblems().check(given.id == null || given.id === id, 'input.id', 'cannot change; omit it or pass the same id');
  for (const f of kind.required ?? []) problems.check(given[f] !== null, `input.${f}`, 'cannot be cleared');
  problems.throwIfAny();
  return inTransaction(w, async (ops) => {
    const current = await kind.load(ops, id);
    if (!current) throw new NotFound(kind.what, id);
    checkVersion(capital(kind.what), id, current.version, expectedVersion);
    const patched = { ...applyPatch(current, input), id, version: current.version + 1 };
    const next = kind.normalise ? kind.normalise(patched) : patched;
    await kind.check?.(ops, next);
    await kind.save(ops, next, current, w.today);
    return next;
  });
}

/** delete*: NOT_FOUND for an unknown id; returns the id. */
export function deleteRecord<T extends Versioned>(w: WriteRequest, kind: RecordKind<T>, id: string): Promise<string> {
  return inTransaction(w, async (ops) => {
    const current = await kind.load(ops, id);
    if (!current) throw new NotFound(kind.what, id);
    await kind.beforeRemove?.(ops, current);
    await kind.remove!(ops, id);
    return id;
  });
}

/** The problems of a record under `input.`, as one InvalidInput naming every field: "Invalid deal: input.closedAt …". */
export function invalidRecord(what: string, problems: { field: string; reason: string }[]): InvalidInput | null {
  if (!problems.length) return null;
  const fields = problems.map((p) => ({ ...p, field: `input.${p.field}` }));
  return new InvalidInput(`Invalid ${what}: ${fields.map((p) => `${p.field} ${p.reason}`).join('; ')}`, fields);
}
