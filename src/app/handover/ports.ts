import { type GraphOperations } from '@/store/graph-operations';

/**
 * A warm path as the handover brief shows it: from one of our managers to someone at a company. The adapter hands
 * the warm-path use case in (`warmPathsTo`), so the brief uses exactly the paths `warmIntroPaths` finds.
 */
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
  /** Reads outside the write (what the brief is built from, after the change committed). */
  read: GraphOperations;
  /** Runs `work` in one write transaction of the caller's (access decided again inside it, audited). */
  transaction<T>(work: (ops: GraphOperations) => Promise<T>): Promise<T>;
  /** The best warm paths from our managers to people at `companyId` now. */
  warmPathsTo(companyId: string, limit: number): Promise<OpeningPath[]>;
  /** Key persons of a company, best first, with reasons (key-person discovery). */
  keyPersons(companyId: string, limit: number): Promise<{ personId: string; score: number; reasons: string[] }[]>;
}
