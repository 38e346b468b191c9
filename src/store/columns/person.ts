import { type Manager, type Person, type Rep } from '@/domain/person/person';
import { PersonKind, type ResponseSpeed, type Stance } from '@/domain/shared/enums';
import { searchText } from '@/domain/shared/search-text';
import { nameSortKey } from '@/domain/shared/sort-key';
import { type Row } from '../runner';
import { type Columns, type Unversioned, fromColumns, oneOf, optionalOneOf, optionalText, text, textList, version } from './column';

const personBase = { id: text, name: text, nameKana: optionalText, email: optionalText, phone: optionalText, version };

/** A manager's stored columns (managers and reps share the Person table; a rep's fields are null for a manager). */
export const managerColumns: Columns<Manager> = { ...personBase, kind: oneOf(PersonKind.MANAGER), team: optionalText };

export const repColumns: Columns<Rep> = {
  ...personBase,
  kind: oneOf(PersonKind.REP),
  expertise: textList,
  interests: textList,
  disc: optionalText,
  mbti: optionalText,
  stance: optionalOneOf<Stance>(),
  responseSpeed: optionalOneOf<ResponseSpeed>(),
  notes: optionalText,
};

/** The row stored for a person, without its version (see companyRow): the Person table's every column. */
export function personRow(p: Unversioned<Person>): Row {
  const rep = p.kind === PersonKind.REP ? p : null;
  return {
    id: p.id, kind: p.kind, name: p.name, email: p.email, phone: p.phone,
    searchText: searchText(p.name, p.nameKana), sortKey: nameSortKey(p.name, p.nameKana),
    team: p.kind === PersonKind.MANAGER ? p.team : null,
    nameKana: p.nameKana ?? null, expertise: rep?.expertise ?? [], interests: rep?.interests ?? [],
    disc: rep?.disc ?? null, mbti: rep?.mbti ?? null, stance: rep?.stance ?? null,
    responseSpeed: rep?.responseSpeed ?? null, notes: rep?.notes ?? null,
  };
}

export function toPerson(p: Row): Person {
  return p.kind === PersonKind.MANAGER ? fromColumns(managerColumns, p) : fromColumns(repColumns, p);
}
