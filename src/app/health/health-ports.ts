import { type Actor } from '@/domain/auth/actor';
import { type GraphOperations } from '@/store/graph-operations';
import { type GraphStore } from '@/store/graph-store';

/** What the health use cases are given: the caller, the store's reads and (mutations) a write transaction, and today. */
export interface HealthContext {
  actor: Actor;
  /** The store: its in-memory network (warm paths'), key persons and warm paths are answered from it. */
  store: GraphStore;
  read: GraphOperations;
  /** One write transaction (the adapter's: it adds the audit entry). */
  write?: <T>(work: (ops: GraphOperations) => Promise<T>) => Promise<T>;
  /** YYYY-MM-DD: the day questions are asked on when no asOf is given. */
  today: string;
}

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(v: string): boolean {
  return ISO_DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
}
