import { type Company } from '@/domain/company/company';
import { type PartnerStatus } from '@/domain/shared/enums';
import { searchText } from '@/domain/shared/search-text';
import { nameSortKey } from '@/domain/shared/sort-key';
import { type Row } from '../runner';
import {
  type Columns, type Unversioned, fromColumns, json, optionalNumber, optionalOneOf, optionalText, text, textList, version,
} from './column';

/**
 * A company's stored columns, one per field. The row below spreads the record, so a plain new field needs only its
 * column here and its place in `company/save` and `import/companies` (and a Kuzu migration for both tables).
 */
export const companyColumns: Columns<Company> = {
  id: text,
  name: text,
  nameKana: optionalText,
  partnerStatus: optionalOneOf<PartnerStatus>(),
  industry: optionalText,
  prefecture: optionalText,
  employeeCount: optionalNumber,
  foundedYear: optionalNumber,
  annualRevenue: optionalNumber,
  capital: optionalNumber,
  fiscalYearEndMonth: optionalNumber,
  customerCount: optionalNumber,
  customerSegments: textList,
  strengths: optionalText,
  weaknesses: optionalText,
  businessPolicy: optionalText,
  challenges: optionalText,
  customFields: json,
  version,
};

/**
 * The row stored for a company, without its version: `company/save` (with the version added), the import step
 * `companies` (staged on Kuzu, batched on Neo4j) and Kuzu's bulk load (version 1) all write it.
 */
export function companyRow(c: Unversioned<Company>): Row {
  const { customFields, ...rest } = c;
  return { ...rest, searchText: searchText(c.name, c.nameKana), sortKey: nameSortKey(c.name, c.nameKana), customFields: JSON.stringify(customFields ?? {}) };
}

export const toCompany = (p: Row): Company => fromColumns(companyColumns, p);
