import { type GraphOperations } from '@/store/graph-operations';

/**
 * Runs a token write in one write transaction: the transport's (GraphQL: with its access decision taken again and an
 * audit entry; the offline CLI: the store's plain write).
 */
export type InWriteTransaction = <T>(work: (ops: GraphOperations) => Promise<T>) => Promise<T>;
