/**
 * The record use cases called as a script would: a store per engine (describeEachEngine), an admin's write request
 * per operation, and a few records made by the use cases themselves.
 */
import { type AuditEntry } from '@/domain/auth/token';
import { type GraphStore } from '@/store/graph-store';
import { type WriteRequest, writeRequest } from '@/app/records/write';
import { createCompany } from '@/app/records/company/create-company';
import { createManager } from '@/app/records/manager/create-manager';
import { createRep } from '@/app/records/rep/create-rep';
import { ADMIN } from '../../helpers/graphql';

export const TODAY = '2026-10-31';

export function as(store: GraphStore, operation: string): WriteRequest {
  return writeRequest(store, ADMIN, operation, TODAY);
}

/** Companies c1, c2; reps r1, r2; manager m1. */
export async function seed(store: GraphStore): Promise<void> {
  for (const id of ['c1', 'c2']) await createCompany(as(store, 'createCompany'), { id, name: `会社 ${id}` });
  for (const id of ['r1', 'r2']) await createRep(as(store, 'createRep'), { id, name: `担当 ${id}` });
  await createManager(as(store, 'createManager'), { id: 'm1', name: '自社 太郎' });
}

export async function audit(store: GraphStore): Promise<AuditEntry[]> {
  return store.read.listAudit(null, { limit: 1000 });
}

/**
 * Runs `attempt`, which must fail with an AppError of `kind` (and, for INVALID_INPUT, name `field`), and proves it
 * wrote nothing: the audit log has no new entry, and `state()` reads the same before and after.
 */
export async function refused(
  store: GraphStore, attempt: () => Promise<unknown>, kind: string, field: string | null, state: () => Promise<unknown>,
): Promise<Error & { kind: string; fields?: { field: string; reason: string }[] }> {
  const [auditBefore, before] = [(await audit(store)).length, await state()];
  const error = await attempt().then(() => null, (e: unknown) => e as Error & { kind: string; fields?: { field: string; reason: string }[] });
  expect(error).not.toBeNull();
  expect(error!.kind).toBe(kind);
  if (field) expect(error!.fields?.map((f) => f.field)).toContain(field);
  expect((await audit(store)).length).toBe(auditBefore);
  expect(await state()).toEqual(before);
  return error!;
}
