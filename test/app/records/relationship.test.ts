import { RelationshipKind } from '@/domain/shared/enums';
import { deleteRelationship } from '@/app/records/relationship/delete-relationship';
import { setRelationship } from '@/app/records/relationship/set-relationship';
import { describeEachEngine } from '../../helpers/engines';
import { as, refused, seed } from './records-fixture';

describeEachEngine('relationship use cases', (get) => {
  beforeAll(() => seed(get()));
  const tie = () => get().read.relationshipByPair('m1', 'r1');

  it('records a tie in either order, keeps kind and since when replaced, and deletes it', async () => {
    expect(await setRelationship(as(get(), 'setRelationship'), { a: 'r1', b: 'm1', trust: 0.5, kind: RelationshipKind.BUSINESS, since: '2020-01-01' }))
      .toMatchObject({ id: 'm1~r1', a: 'm1', b: 'r1', trust: 0.5, kind: RelationshipKind.BUSINESS, version: 1 });
    expect(await setRelationship(as(get(), 'setRelationship'), { a: 'm1', b: 'r1', trust: 0.9 }, 1))
      .toMatchObject({ trust: 0.9, kind: RelationshipKind.BUSINESS, since: '2020-01-01', version: 2 });
    expect(await deleteRelationship(as(get(), 'deleteRelationship'), 'r1', 'm1')).toBe('m1~r1');
    expect(await tie()).toBeNull();
  });

  it('refuses a stale version, a tie with oneself, an unknown person, and deleting a missing tie; writes nothing', async () => {
    await setRelationship(as(get(), 'setRelationship'), { a: 'm1', b: 'r1', trust: 0.4 });
    await refused(get(), () => setRelationship(as(get(), 'setRelationship'), { a: 'm1', b: 'r1', trust: 1 }, 7), 'CONFLICT', null, tie);
    await refused(get(), () => setRelationship(as(get(), 'setRelationship'), { a: 'm1', b: 'm1', trust: 1 }), 'INVALID_INPUT', 'input.b', tie);
    await refused(get(), () => setRelationship(as(get(), 'setRelationship'), { a: 'm1', b: 'x9', trust: 1 }), 'INVALID_INPUT', 'input.a/input.b', () => get().read.relationshipByPair('m1', 'x9'));
    await refused(get(), () => deleteRelationship(as(get(), 'deleteRelationship'), 'r1', 'r2'), 'NOT_FOUND', null, tie);
  });
});
