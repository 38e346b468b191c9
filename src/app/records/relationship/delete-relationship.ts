import { relationshipKey } from '@/domain/relationship/relationship';
import { NotFound } from '@/app/errors';
import { type WriteRequest, inTransaction } from '@/app/records/write';

/** Deletes the tie between two people (in either order); NOT_FOUND when there is none. Returns its id (a~b). */
export async function deleteRelationship(w: WriteRequest, a: string, b: string): Promise<string> {
  const key = relationshipKey(a, b);
  return inTransaction(w, async (ops) => {
    if (!(await ops.relationshipByPair(key.a, key.b))) throw new NotFound('relationship', key.id);
    await ops.deleteRelationship(key.a, key.b);
    return key.id;
  });
}
