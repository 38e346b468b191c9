import { type Company } from '@/domain/company/company';
import { type CompanyInput } from '@/domain/company/company-from-input';
import { type WriteRequest, updateRecord } from '@/app/records/write';
import { COMPANY } from './company-records';

/** Changes the fields given (null clears one; name cannot be cleared), under an optional expectedVersion. */
export async function updateCompany(w: WriteRequest, id: string, input: CompanyInput & { id?: string | null }, expectedVersion?: number | null): Promise<Company> {
  return updateRecord(w, COMPANY, id, input, expectedVersion);
}
