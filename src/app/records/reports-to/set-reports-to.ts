import { PersonKind } from '@/domain/shared/enums';
import { type ReportsTo } from '@/domain/shared/portfolio';
import { InvalidInput } from '@/app/errors';
import { type WriteRequest, inTransaction } from '@/app/records/write';
import { requirePeople } from '@/app/records/references';

/** Records that a rep reports to a boss (another rep). */
export async function setReportsTo(w: WriteRequest, repId: string, bossId: string): Promise<ReportsTo> {
  if (repId === bossId) throw InvalidInput.field('bossId', 'must be another person than repId');
  return inTransaction(w, async (ops) => {
    await requirePeople(ops, [repId, bossId], PersonKind.REP, 'repId/bossId');
    const edge: ReportsTo = { repId, bossId };
    await ops.saveReportsTo(edge);
    return edge;
  });
}
