import { PersonKind } from '@/domain/shared/enums';
import { type PortfolioEntry } from '@/domain/shared/portfolio';
import { type WriteRequest, inTransaction } from '@/app/records/write';
import { requireCompany, requireIsoDate, requirePeople } from '@/app/records/references';

/** A manager takes ownership of a partner company, since a day (YYYY-MM-DD) or null when not recorded. */
export async function addToPortfolio(w: WriteRequest, managerId: string, companyId: string, since: string | null): Promise<PortfolioEntry> {
  requireIsoDate(since, 'since');
  return inTransaction(w, async (ops) => {
    await requirePeople(ops, [managerId], PersonKind.MANAGER, 'managerId');
    await requireCompany(ops, companyId, 'companyId');
    const entry = { managerId, companyId, since };
    await ops.savePortfolio(entry);
    return entry;
  });
}
