import { type Actor } from '@/domain/auth/actor';
import { type GraphStore } from '@/store/graph-store';
import { type RecordLookup, storeLookup } from './record-lookup';

/** Who reads, on which day, and how records are looked up: what a reading use case needs besides its input. */
export interface ReadRequest {
  store: GraphStore;
  actor: Actor;
  /** YYYY-MM-DD (UTC): what "now" means for current jobs and ages. */
  today: string;
  lookup: RecordLookup;
}

/** A read request without a transport (CLI, tests): records looked up in the store directly. */
export function readRequest(store: GraphStore, actor: Actor, today = new Date().toISOString().slice(0, 10)): ReadRequest {
  return { store, actor, today, lookup: storeLookup(store) };
}
