import { type DeletedPerson } from '@/domain/person/deleted-person';
import { PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '../graph-operations';
import { type Params, type Row } from '../runner';

/**
 * The people who were deleted, remembered beside the graph (one Meta record each, `deleted-manager:<id>` or
 * `deleted-rep:<id>`, valued with the time of the delete, '' when it is not known). Deals and interactions keep
 * naming them, and their ids are never given again (src/app/records/person/person-ids.ts). A snapshot carries them
 * (`deletedPeople`): the export reads them here, the import writes them in its own transaction.
 */
const PREFIX: Record<PersonKind, string> = { [PersonKind.MANAGER]: 'deleted-manager:', [PersonKind.REP]: 'deleted-rep:' };

/** The Meta record that remembers `d`. */
export function deletedPersonMeta(d: DeletedPerson): { key: string; value: string } {
  return { key: `${PREFIX[d.kind]}${d.id}`, value: d.deletedAt ?? '' };
}

/** Remembers `d` with `run` (a store's operations, or the statements of an import's transaction). */
export async function rememberDeletedPerson(run: (name: string, params: Params) => Promise<unknown>, d: DeletedPerson): Promise<void> {
  await run('meta/set', deletedPersonMeta(d));
}

function fromRow(r: Row): DeletedPerson | null {
  const key = String(r.key);
  for (const kind of [PersonKind.MANAGER, PersonKind.REP]) {
    if (key.startsWith(PREFIX[kind])) return { id: key.slice(PREFIX[kind].length), kind, deletedAt: r.value ? String(r.value) : null };
  }
  return null;
}

/** Every deleted person remembered, by id. */
export async function allDeletedPeople(ops: GraphOperations): Promise<DeletedPerson[]> {
  const rows = await ops.run('meta/with-prefix', { prefix: 'deleted-' });
  return rows.map(fromRow).filter((d): d is DeletedPerson => d !== null).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The deleted person who had `id`, or null. */
export async function deletedPerson(ops: GraphOperations, id: string): Promise<DeletedPerson | null> {
  for (const kind of [PersonKind.MANAGER, PersonKind.REP]) {
    const at = await ops.getMeta(`${PREFIX[kind]}${id}`);
    if (at !== null) return { id, kind, deletedAt: at || null };
  }
  return null;
}
