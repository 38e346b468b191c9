import { type Actor, Role } from '@/domain/auth/actor';
import { type GraphStore } from '@/store/graph-store';
import { exportSnapshot } from '@/store/snapshot-export';
import { Forbidden } from '@/app/errors';

/**
 * The whole graph as a snapshot (the format importSnapshot reads), for admins only: a backup. Read in one read
 * transaction, so it is one committed state while writes go on.
 */
export async function takeSnapshot(store: GraphStore, actor: Actor): Promise<Awaited<ReturnType<typeof exportSnapshot>>> {
  if (actor.role !== Role.ADMIN) throw new Forbidden('Only admins may take a snapshot of the whole graph', 'snapshot');
  return store.readConsistent(exportSnapshot);
}
