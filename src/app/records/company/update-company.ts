import { Company } from '@/domain/company/company';
import { CompanyInput } from '@/domain/company/company-from-input';
import { WriteRequest, updateRecord } from '@/app/records/write';
import { COMPANY } from './company-records';

/** Changes the fields given (null clears one; name cannot be cleared), under an optional expectedVersion. */
export async function updateCompany(w: WriteRequest, id: string, input: CompanyInput & { id?: string | null }, expectedVersion?: number | null): Promise<Company> {
  return updateRecord(w, COMPANY, id, input, expectedVersion);
}
