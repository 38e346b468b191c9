import { type Rep, isRep } from '@/domain/person/person';
import { normaliseRep } from '@/domain/person/rep-from-input';
import { type RecordKind } from '@/app/records/write';
import { PersonKind } from '@/domain/shared/enums';
import { personIdTaken, rememberDeletedPersonId } from '@/app/records/person/person-ids';
import { removePersonLeftovers } from '@/app/records/person/person-leftovers';

/** How the create/update/delete use cases load, check and save a partner rep (person ids are shared with managers). */
export const REP: RecordKind<Rep> = {
  what: 'rep',
  load: async (ops, id) => {
    const [p] = await ops.peopleByIds([id]);
    return p && isRep(p) ? p : null;
  },
  taken: personIdTaken,
  save: (ops, r) => ops.savePerson(r),
  // deals and interactions keep naming them, so their id is never given again (person-ids.ts), like a manager's
  remove: async (ops, id) => {
    await removePersonLeftovers(ops, id, false);
    await ops.deletePerson(id);
    await rememberDeletedPersonId(ops, PersonKind.REP, id, new Date().toISOString());
  },
  normalise: normaliseRep,
  required: ['name'],
};
