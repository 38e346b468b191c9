import { type Rep, isRep } from '@/domain/person/person';
import { normaliseRep } from '@/domain/person/rep-from-input';
import { type RecordKind } from '@/app/records/write';
import { personIdTaken } from '@/app/records/person/person-ids';
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
  remove: async (ops, id) => {
    await removePersonLeftovers(ops, id, false);
    await ops.deletePerson(id);
  },
  normalise: normaliseRep,
  required: ['name'],
};
