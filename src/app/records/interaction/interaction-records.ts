import { type Interaction } from '@/domain/interaction/interaction';
import { normaliseInteraction } from '@/domain/interaction/interaction-from-input';
import { PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';
import { InvalidInput } from '@/app/errors';
import { type RecordKind } from '@/app/records/write';
import { requirePeople } from '@/app/records/references';

async function checkPeople(ops: GraphOperations, i: Interaction): Promise<void> {
  if (i.managerIds.length + i.repIds.length === 0) throw InvalidInput.field('input.managerIds', 'an interaction needs at least one person');
  if (i.managerIds.length) await requirePeople(ops, i.managerIds, PersonKind.MANAGER, 'input.managerIds');
  if (i.repIds.length) await requirePeople(ops, i.repIds, PersonKind.REP, 'input.repIds');
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
