import { idParts } from '@/domain/shared/composite-id';
import { NotFound } from '@/app/errors';
import { type WriteRequest, inTransaction } from '@/app/records/write';

/** Deletes an introduction record (id introducer>introduced>manager); NOT_FOUND for an unknown id. Returns its id. */
export async function deleteIntroduction(w: WriteRequest, id: string): Promise<string> {
  const [introducerId, introducedId] = idParts('introduction', id);
  return inTransaction(w, async (ops) => {
    if (!introducedId || !(await ops.introductionById(id, introducerId, introducedId))) throw new NotFound('introduction', id);
    await ops.deleteIntroduction({ id, introducerId, introducedId });
    return id;
  });
}
