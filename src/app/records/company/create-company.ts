import { randomUUID } from 'node:crypto';
import { type Company } from '@/domain/company/company';
import { type CompanyInput, companyFromInput } from '@/domain/company/company-from-input';
import { withVersion } from '@/domain/shared/record-from-input';
import { type WriteRequest, createRecord } from '@/app/records/write';
import { COMPANY } from './company-records';

export type NewCompany = CompanyInput & { id?: string | null; name: string };

/** Adds a company under its own id or a new UUID; CONFLICT when the id is taken. */
export async function createCompany(w: WriteRequest, input: NewCompany): Promise<Company> {
  return createRecord(w, COMPANY, withVersion(companyFromInput(input, input.id ?? randomUUID()), 1));
}
