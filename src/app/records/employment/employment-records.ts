import { idParts } from '@/domain/shared/composite-id';
import { type Employment } from '@/domain/employment/employment';
import { employmentProblems } from '@/domain/employment/employment-problems';
import { type GraphOperations } from '@/store/graph-operations';
import { invalidRecord } from '@/app/records/write';

/** INVALID_INPUT naming every rule the period breaks (its dates out of order). */
export function checkEmployment(e: Employment): void {
  const invalid = invalidRecord('employment', employmentProblems(e));
  if (invalid) throw invalid;
}

/** The stored period with this id (rep@company@since), or null. */
export async function loadEmployment(ops: GraphOperations, id: string): Promise<Employment | null> {
  const [history] = await ops.employmentsByRepIds([idParts('employment', id)[0]]);
  return history.find((h) => h.id === id) ?? null;
}
