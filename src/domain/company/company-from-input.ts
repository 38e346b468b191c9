import { recordFromInput } from '@/domain/shared/record-from-input';
import { type Company } from './company';

/** What a create input (or a snapshot record) gives for a company: any of its fields, the rest from the defaults. */
export type CompanyInput = { [K in keyof Omit<Company, 'id' | 'version'>]?: Company[K] | null };

const COMPANY_DEFAULTS: Omit<Company, 'id' | 'version'> = {
  name: '', nameKana: null, partnerStatus: null, industry: null, prefecture: null, employeeCount: null, foundedYear: null, annualRevenue: null,
  capital: null, fiscalYearEndMonth: null, customerCount: null, customerSegments: [], strengths: null, weaknesses: null,
  businessPolicy: null, challenges: null, customFields: {},
};

/** A company record (without version) from a create input; the snapshot import builds its records the same way. */
export function companyFromInput(input: CompanyInput, id: string): Omit<Company, 'version'> {
  return fixCompany(recordFromInput<Omit<Company, 'version'>>(COMPANY_DEFAULTS, input, id));
}

/** A stored or patched company with its lists and maps filled in. */
export function normaliseCompany(c: Company): Company {
  return fixCompany({ ...c });
}

/** Lists and maps are never null (fills them in on a fresh record). */
function fixCompany<T extends Omit<Company, 'version'>>(c: T): T {
  c.customerSegments = c.customerSegments ?? [];
  c.customFields = c.customFields ?? {};
  return c;
}
