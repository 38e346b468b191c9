import { type Manager } from '@/domain/person/person';
import { PersonKind } from '@/domain/shared/enums';
import { type RecordKind } from '@/app/records/write';
import { personIdTaken, rememberDeletedPersonId } from '@/app/records/person/person-ids';
import { removePersonLeftovers } from '@/app/records/person/person-leftovers';

function isManager(p: unknown): p is Manager {
  return !!p && (p as Manager).kind === PersonKind.MANAGER;
}

/** How the create/update/delete use cases load, check and save one of our managers (person ids are shared with reps). */
export const MANAGER: RecordKind<Manager> = {
  what: 'manager',
  load: async (ops, id) => {
    const [p] = await ops.peopleByIds([id]);
    return isManager(p) ? p : null;
  },
  taken: personIdTaken,
  save: (ops, m) => ops.savePerson(m),
  // their tokens stop working in the same transaction, their overrides and targets go (person-leftovers.ts), and their id is never given again (person-ids.ts)
  remove: async (ops, id) => {
    const at = new Date().toISOString();
    await ops.revokeTokensOfManager(id, at);
    await removePersonLeftovers(ops, id, true);
    await ops.deletePerson(id);
    await rememberDeletedPersonId(ops, PersonKind.MANAGER, id, at);
  },
  normalise: (m) => ({ ...m, kind: PersonKind.MANAGER }),
  required: ['name'],
};
