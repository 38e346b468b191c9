import { keyPersonRankings } from '@/app/key-persons/key-person-rankings';
import { findWarmPaths } from '@/app/paths/find-warm-paths';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { type GraphOperations } from '@/store/graph-operations';
import { type GraphStore } from '@/store/graph-store';

/** A warm path as the handover brief shows it: from one of our managers to someone at a company. */
export interface OpeningPath {
  strength: number;
  hops: number;
  /** Person ids from the manager to the person at the company. */
  people: string[];
  names: string[];
  /** One line per step: why this step. */
  steps: string[];
}

/** What the handover use cases need from outside the application layer. */
export interface HandoverPorts {
  /** The store: its in-memory network (warm paths'), key persons and warm paths are answered from it. */
  store: GraphStore;
  /** Reads outside the write (what the brief is built from, after the change committed). */
  read: GraphOperations;
  /** Runs `work` in one write transaction of the caller's (access decided again inside it, audited). */
  transaction<T>(work: (ops: GraphOperations) => Promise<T>): Promise<T>;
}

/** The best warm paths from our managers to people at `companyId` on `today`: exactly what `warmIntroPaths` finds. */
export async function openingPathsInto(store: GraphStore, companyId: string, limit: number, today: string): Promise<OpeningPath[]> {
  const paths = await findWarmPaths(neighbourhoodsOf(store), { to: companyId, limit, today });
  return paths.map((p) => ({
    strength: p.strength, hops: p.hops, people: p.people,
    names: p.people.map((id) => p.members.find((m) => m.personId === id)?.name ?? id), steps: p.steps.map((s) => s.reason),
  }));
}

/** Key persons of a company, best first, with reasons (the key-person use case). */
export async function keyPersonsAt(store: GraphStore, companyId: string, limit: number, today: string): Promise<{ personId: string; score: number; reasons: string[] }[]> {
  const ranked = (await keyPersonRankings(store, [companyId], today)).get(companyId) ?? [];
  return ranked.slice(0, limit).map((k) => ({ personId: k.personId, score: k.score, reasons: k.reasons }));
}
