import { PersonKind, type ResponseSpeed, type Stance } from '@/domain/shared/enums';
import { type Versioned } from '@/domain/shared/versioned';

interface PersonBase extends Versioned {
  id: string;
  name: string;
  /** The reading of the name (katakana or hiragana); search matches it. */
  nameKana: string | null;
  email: string | null;
  phone: string | null;
}

/** One of our own people who owns relationships. */
export interface Manager extends PersonBase {
  kind: PersonKind.MANAGER;
  team: string | null;
}

/** A person at an external company, usually a partner's sales rep. */
export interface Rep extends PersonBase {
  kind: PersonKind.REP;
  expertise: string[];
  interests: string[];
  disc: string | null;
  mbti: string | null;
  stance: Stance | null;
  responseSpeed: ResponseSpeed | null;
  notes: string | null;
}

export type Person = Manager | Rep;

export function isRep(p: Person): p is Rep {
  return p.kind === PersonKind.REP;
}
