import { Manager, Rep } from '@/domain/person/person';
import { PersonKind } from '@/domain/shared/enums';
import { applyPatch } from '@/graphql/shared/write';
import { ManagerInput, RepInput } from './person.input';

const EMPTY_REP: Omit<Rep, 'id' | 'name' | 'version'> = {
  kind: PersonKind.REP, nameKana: null, email: null, phone: null, expertise: [], interests: [], disc: null, mbti: null,
  stance: null, responseSpeed: null, notes: null,
};

export function repFromInput(input: RepInput, id: string, version: number): Rep {
  return normaliseRep(applyPatch({ ...EMPTY_REP, id, name: '', version } as Rep, { ...input, id }));
}

export function normaliseRep(r: Rep): Rep {
  return { ...r, kind: PersonKind.REP, expertise: r.expertise ?? [], interests: r.interests ?? [] };
}

export function managerFromInput(input: ManagerInput, id: string, version: number): Manager {
  return applyPatch({ kind: PersonKind.MANAGER, id, name: '', email: null, phone: null, team: null, version } as Manager, { ...input, id });
}
