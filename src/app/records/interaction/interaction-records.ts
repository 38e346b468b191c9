import { type Interaction } from '@/domain/interaction/interaction';
import { normaliseInteraction } from '@/domain/interaction/interaction-from-input';
import { PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';
import { InvalidInput } from '@/app/errors';
import { type RecordKind } from '@/app/records/write';
import { peopleProblems } from '@/app/records/references';
import { invalidInputOf } from '@/app/validation/field-problems';

/** Every bad person reference at once (managers and reps), or that there is nobody. */
async function checkPeople(ops: GraphOperations, i: Interaction): Promise<void> {
  if (i.managerIds.length + i.repIds.length === 0) throw InvalidInput.field('input.managerIds', 'an interaction needs at least one person');
  const [managers, reps] = await Promise.all([
    i.managerIds.length ? peopleProblems(ops, i.managerIds, PersonKind.MANAGER, 'input.managerIds', true) : [],
    i.repIds.length ? peopleProblems(ops, i.repIds, PersonKind.REP, 'input.repIds', true) : [],
  ]);
  if (managers.length + reps.length) throw invalidInputOf([...managers, ...reps]);
}

/** How the create/update/delete use cases load, check and save an interaction. */
export const INTERACTION: RecordKind<Interaction> = {
  what: 'interaction',
  load: async (ops, id) => (await ops.interactionsByIds([id]))[0],
  save: (ops, i) => ops.saveInteraction(i),
  remove: (ops, id) => ops.deleteInteraction(id),
  normalise: normaliseInteraction,
  check: checkPeople,
  required: ['at', 'channel'],
};
