import { Channel } from '@/domain/shared/enums';
import { createInteraction } from '@/app/records/interaction/create-interaction';
import { deleteInteraction } from '@/app/records/interaction/delete-interaction';
import { updateInteraction } from '@/app/records/interaction/update-interaction';
import { describeEachEngine } from '../../helpers/engines';
import { as, refused, seed } from './records-fixture';

describeEachEngine('interaction use cases', (get) => {
  beforeAll(() => seed(get()));
  const interaction = async (id: string) => (await get().read.interactionsByIds([id]))[0];

  it('records an interaction, closes its next action, and deletes it', async () => {
    const at = '2026-10-01T10:00:00+09:00';
    expect(await createInteraction(as(get(), 'createInteraction'), {
      id: 'i1', at, channel: Channel.MEETING, managerIds: ['m1'], repIds: ['r1'], nextAction: { description: '見積送付', dueDate: null, done: false },
    })).toMatchObject({ id: 'i1', concerns: [], summary: null, nextAction: { description: '見積送付', dueDate: null, done: false }, version: 1 });
    expect(await updateInteraction(as(get(), 'updateInteraction'), 'i1', { nextAction: { description: '見積送付', dueDate: null, done: true } }))
      .toMatchObject({ nextAction: { done: true }, managerIds: ['m1'], version: 2 });
    expect(await deleteInteraction(as(get(), 'deleteInteraction'), 'i1')).toBe('i1');
    expect(await interaction('i1')).toBeNull();
  });

  it('refuses an interaction with nobody in it (INVALID_INPUT input.managerIds) and writes nothing', async () => {
    const e = await refused(get(), () => createInteraction(as(get(), 'createInteraction'), { id: 'i2', at: '2026-10-01T10:00:00Z', channel: Channel.CALL }),
      'INVALID_INPUT', 'input.managerIds', () => interaction('i2'));
    expect(e.message).toBe('Invalid input.managerIds: an interaction needs at least one person');
  });

  it('refuses unknown people, naming each (INVALID_INPUT input.repIds)', async () => {
    const e = await refused(get(), () => createInteraction(as(get(), 'createInteraction'), { id: 'i3', at: '2026-10-01T10:00:00Z', channel: Channel.CALL, repIds: ['r1', 'x1', 'm1'] }),
      'INVALID_INPUT', 'input.repIds[1]', () => interaction('i3'));
    expect(e.fields).toEqual([
      { field: 'input.repIds[1]', reason: 'no person with id "x1"' },
      { field: 'input.repIds[2]', reason: '"m1" is a manager, a rep is needed' },
    ]);
  });
});
