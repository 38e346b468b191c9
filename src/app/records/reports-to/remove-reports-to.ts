import { NotFound } from '@/app/errors';
import { type WriteRequest, inTransaction } from '@/app/records/write';

/** Removes a reports-to link; NOT_FOUND when there was none. */
export async function removeReportsTo(w: WriteRequest, repId: string, bossId: string): Promise<true> {
  return inTransaction(w, async (ops) => {
    const [bosses] = await ops.bossesOf([repId]);
    if (!bosses.includes(bossId)) throw new NotFound('reports-to edge', `${repId}->${bossId}`);
    await ops.deleteReportsTo({ repId, bossId });
    return true as const;
  });
}
