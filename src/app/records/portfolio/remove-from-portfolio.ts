import { NotFound } from '@/app/errors';
import { type WriteRequest, inTransaction } from '@/app/records/write';

/** The manager no longer owns the partner; NOT_FOUND when they did not own it. */
export async function removeFromPortfolio(w: WriteRequest, managerId: string, companyId: string): Promise<true> {
  return inTransaction(w, async (ops) => {
    const [entries] = await ops.portfolioByManagerIds([managerId]);
    if (!entries.some((e) => e.companyId === companyId)) throw new NotFound('portfolio entry', `${managerId}/${companyId}`);
    await ops.deletePortfolio(managerId, companyId);
    return true as const;
  });
}
