import { type Employment, employmentId } from '@/domain/employment/employment';
import { PersonKind } from '@/domain/shared/enums';
import { Conflict } from '@/app/errors';
import { type WriteRequest, inTransaction } from '@/app/records/write';
import { requireCompany, requirePeople } from '@/app/records/references';
import { checkEmployment } from './employment-records';

export interface NewEmployment {
  repId: string;
  companyId: string;
  title?: string | null;
  department?: string | null;
  since?: string | null;
  until?: string | null;
}

/** Records a period of a rep at a company (its id is rep@company@since); CONFLICT when that period exists. */
export async function addEmployment(w: WriteRequest, input: NewEmployment): Promise<Employment> {
  const e: Employment = {
    id: employmentId(input.repId, input.companyId, input.since), repId: input.repId, companyId: input.companyId,
    title: input.title ?? null, department: input.department ?? null, since: input.since ?? null, until: input.until ?? null,
  };
  checkEmployment(e);
  return inTransaction(w, async (ops) => {
    await requirePeople(ops, [e.repId], PersonKind.REP, 'input.repId');
    await requireCompany(ops, e.companyId, 'input.companyId');
    const [history] = await ops.employmentsByRepIds([e.repId]);
    if (history.some((h) => h.id === e.id)) throw new Conflict(`Employment "${e.id}" exists already; update it instead`, { id: e.id });
    await ops.saveEmployment(e);
    return e;
  });
}
