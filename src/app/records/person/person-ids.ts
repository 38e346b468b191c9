import { type GraphOperations } from '@/store/graph-operations';
import { deletedPerson, rememberDeletedPerson } from '@/store/person/deleted-people';
import { type PersonKind } from '@/domain/shared/enums';
import { Conflict } from '@/app/errors';

/**
 * A deleted manager's or rep's id stays taken for good (remembered beside the graph, src/store/person/deleted-people.ts):
 * interactions and deals keep naming it, and a person created later under that id would inherit them (a new
 * manager's token could then change the old manager's interactions, and their evidence would move the new person's
 * trust). A snapshot carries the deleted people, so this holds after a restore too.
 */
export function rememberDeletedPersonId(ops: GraphOperations, kind: PersonKind, id: string, at: string): Promise<void> {
  return rememberDeletedPerson((name, params) => ops.run(name, params), { id, kind, deletedAt: at });
}

/** Why `id` may not be given to a new person because someone who had it was deleted, or null. */
export function deletedIdReason(d: { id: string; kind: PersonKind; deletedAt: string | null }): string {
  const when = d.deletedAt ? `deleted at ${d.deletedAt}` : 'deleted';
  return `"${d.id}" belonged to a ${d.kind.toLowerCase()} ${when}; records still name it, so it is never given again: choose another id`;
}

/** Whether a new person may not take `id`: someone has it, or a person had it and was deleted (then CONFLICT says so). */
export async function personIdTaken(ops: GraphOperations, id: string): Promise<boolean> {
  if ((await ops.peopleByIds([id]))[0]) return true;
  const deleted = await deletedPerson(ops, id);
  if (deleted === null) return false;
  throw new Conflict(`The id ${deletedIdReason(deleted)}`, { id });
}
