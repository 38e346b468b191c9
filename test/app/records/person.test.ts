import { PersonKind } from '@/domain/shared/enums';
import { createManager } from '@/app/records/manager/create-manager';
import { deleteManager } from '@/app/records/manager/delete-manager';
import { updateManager } from '@/app/records/manager/update-manager';
import { createRep } from '@/app/records/rep/create-rep';
import { deleteRep } from '@/app/records/rep/delete-rep';
import { updateRep } from '@/app/records/rep/update-rep';
import { describeEachEngine } from '../../helpers/engines';
import { as, refused, seed } from './records-fixture';

describeEachEngine('rep and manager use cases', (get) => {
  beforeAll(() => seed(get()));
  const person = async (id: string) => (await get().read.peopleByIds([id]))[0];

  it('creates, updates and deletes a rep (always a rep, lists never null)', async () => {
    expect(await createRep(as(get(), 'createRep'), { id: 'r9', name: '田中 一郎', expertise: ['SaaS'] }))
      .toMatchObject({ id: 'r9', kind: PersonKind.REP, expertise: ['SaaS'], interests: [], version: 1 });
    expect(await updateRep(as(get(), 'updateRep'), 'r9', { interests: null, notes: 'メモ' })).toMatchObject({ interests: [], notes: 'メモ', kind: PersonKind.REP, version: 2 });
    expect(await deleteRep(as(get(), 'deleteRep'), 'r9')).toBe('r9');
    expect(await person('r9')).toBeNull();
  });

  it('refuses a rep under a manager\'s id, and updateRep on a manager, and writes nothing', async () => {
    await refused(get(), () => createRep(as(get(), 'createRep'), { id: 'm1', name: '偽 者' }), 'CONFLICT', null, () => person('m1'));
    await refused(get(), () => updateRep(as(get(), 'updateRep'), 'm1', { name: '偽 者' }), 'NOT_FOUND', null, () => person('m1'));
  });

  it('creates and updates a manager; deleting one keeps their id taken for good', async () => {
    expect(await createManager(as(get(), 'createManager'), { id: 'm9', name: '佐藤 花子', team: '東日本' })).toMatchObject({ kind: PersonKind.MANAGER, team: '東日本', version: 1 });
    expect(await updateManager(as(get(), 'updateManager'), 'm9', { team: null }, 1)).toMatchObject({ team: null, version: 2 });
    expect(await deleteManager(as(get(), 'deleteManager'), 'm9')).toBe('m9');
    const e = await refused(get(), () => createRep(as(get(), 'createRep'), { id: 'm9', name: '新任 者' }), 'CONFLICT', null, () => person('m9'));
    expect(e.message).toMatch(/^The id "m9" belonged to a manager deleted at /);
  });

  it('refuses to change a person\'s id through a patch (INVALID_INPUT input.id)', async () => {
    await refused(get(), () => updateManager(as(get(), 'updateManager'), 'm1', { id: 'm2', name: 'x' }), 'INVALID_INPUT', 'input.id', () => person('m1'));
  });
});
