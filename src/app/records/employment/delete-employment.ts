import { NotFound } from '@/app/errors';
import { type WriteRequest, inTransaction } from '@/app/records/write';
import { loadEmployment } from './employment-records';

/** Deletes an employment period; NOT_FOUND for an unknown id. Returns its id. */
export async function deleteEmployment(w: WriteRequest, id: string): Promise<string> {
  return inTransaction(w, async (ops) => {
    if (!(await loadEmployment(ops, id))) throw new NotFound('employment', id);
    await ops.deleteEmployment(id);
    return id;
  });
}
