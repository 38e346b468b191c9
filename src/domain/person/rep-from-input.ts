import { recordFromInput } from '@/domain/shared/record-from-input';
import { PersonKind } from '@/domain/shared/enums';
import { type Rep } from './person';

export type RepInput = { [K in keyof Omit<Rep, 'id' | 'version' | 'kind'>]?: Rep[K] | null };

const REP_DEFAULTS: Omit<Rep, 'id' | 'version'> = {
  kind: PersonKind.REP, name: '', nameKana: null, email: null, phone: null, expertise: [], interests: [], disc: null, mbti: null,
  stance: null, responseSpeed: null, notes: null,
};

/** A rep record (without version) from a create input; the snapshot import builds its records the same way. */
export function repFromInput(input: RepInput, id: string): Omit<Rep, 'version'> {
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
