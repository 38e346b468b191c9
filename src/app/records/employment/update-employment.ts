import { type Employment } from '@/domain/employment/employment';
import { applyPatch } from '@/domain/shared/record-from-input';
import { InvalidInput, NotFound } from '@/app/errors';
import { type Patch, type WriteRequest, inTransaction } from '@/app/records/write';
import { checkEmployment, loadEmployment } from './employment-records';

/** Corrects title, department or dates of a period; rep and company stay (INVALID_INPUT when the patch changes them). */
export async function updateEmployment(w: WriteRequest, id: string, input: Patch<Omit<Employment, 'id'>>): Promise<Employment> {
  return inTransaction(w, async (ops) => {
    const current = await loadEmployment(ops, id);
    if (!current) throw new NotFound('employment', id);
    for (const f of ['repId', 'companyId'] as const) {
      if (input[f] != null && input[f] !== current[f]) throw InvalidInput.field(`input.${f}`, 'cannot change; end this period and add a new one');
    }
    const next = { ...applyPatch(current, { ...input, repId: undefined, companyId: undefined }), id };
    checkEmployment(next);
    await ops.saveEmployment(next);
    return next;
  });
}
