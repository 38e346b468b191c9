import { Manager, Rep } from '@/domain/person/person';
import { PersonKind } from '@/domain/shared/enums';
import { recordFromInput } from '@/graphql/shared/write';
import { CreateManagerInput, CreateRepInput } from './person.input';

const REP_DEFAULTS: Omit<Rep, 'id' | 'version'> = {
  kind: PersonKind.REP, name: '', nameKana: null, email: null, phone: null, expertise: [], interests: [], disc: null, mbti: null,
  stance: null, responseSpeed: null, notes: null,
};

const MANAGER_DEFAULTS: Omit<Manager, 'id' | 'version'> = { kind: PersonKind.MANAGER, name: '', nameKana: null, email: null, phone: null, team: null };

/** A rep record (without version) from a create input; the snapshot import builds its records the same way. */
export function repFromInput(input: CreateRepInput, id: string): Omit<Rep, 'version'> {
  return fixRep(recordFromInput<Omit<Rep, 'version'>>(REP_DEFAULTS, input, id));
}

export function normaliseRep(r: Rep): Rep {
  return fixRep({ ...r });
}

/** Always a rep; lists never null (fills them in on a fresh record). */
function fixRep<T extends Omit<Rep, 'version'>>(r: T): T {
  r.kind = PersonKind.REP;
  r.expertise = r.expertise ?? [];
  r.interests = r.interests ?? [];
  return r;
}

/** A manager record (without version) from a create input; the snapshot import builds its records the same way. */
export function managerFromInput(input: CreateManagerInput, id: string): Omit<Manager, 'version'> {
  return recordFromInput<Omit<Manager, 'version'>>(MANAGER_DEFAULTS, input, id);
}
