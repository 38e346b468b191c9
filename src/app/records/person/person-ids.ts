import { type GraphOperations } from '@/store/graph-operations';
import { Conflict } from '@/app/errors';

/**
 * A deleted manager's id stays taken for good (a tombstone in Meta): interactions, deals and introductions keep naming
 * it, and a person created later under that id would inherit them (a new manager's token could then change the old
 * manager's interactions, and their evidence would move the new person's trust).
 */
const key = (id: string) => `deleted-manager:${id}`;

export function rememberDeletedManager(ops: GraphOperations, id: string, at: string): Promise<void> {
  return ops.setMeta(key(id), at);
}

/** Whether a new person may not take `id`: someone has it, or a manager had it and was deleted (then CONFLICT says so). */
export async function personIdTaken(ops: GraphOperations, id: string): Promise<boolean> {
  if ((await ops.peopleByIds([id]))[0]) return true;
  const deletedAt = await ops.getMeta(key(id));
  if (deletedAt === null) return false;
  throw new Conflict(`The id "${id}" belonged to a manager deleted at ${deletedAt}; records still name it, so it cannot be given to anyone new: choose another id`, { id });
}
