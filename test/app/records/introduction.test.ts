import { IntroductionOutcome } from '@/domain/shared/enums';
import { deleteIntroduction } from '@/app/records/introduction/delete-introduction';
import { recordIntroduction } from '@/app/records/introduction/record-introduction';
import { describeEachEngine } from '../../helpers/engines';
import { as, refused, seed } from './records-fixture';

describeEachEngine('introduction use cases', (get) => {
  beforeAll(() => seed(get()));
  const intro = async (id: string) => {
    const [introducerId, introducedId] = id.split('>');
    return get().read.introductionById(id, introducerId, introducedId);
  };

  it('records an introduction (PENDING by default) and deletes it', async () => {
    expect(await recordIntroduction(as(get(), 'recordIntroduction'), { introducerId: 'r2', introducedId: 'r1', toManagerId: 'm1' }))
      .toEqual({ id: 'r2>r1>m1', introducerId: 'r2', introducedId: 'r1', toManagerId: 'm1', at: null, outcome: IntroductionOutcome.PENDING });
    expect(await deleteIntroduction(as(get(), 'deleteIntroduction'), 'r2>r1>m1')).toBe('r2>r1>m1');
    expect(await intro('r2>r1>m1')).toBeNull();
  });

  it('refuses to introduce someone to themselves, unknown people, a rep as the manager, and deleting an unknown id', async () => {
    await refused(get(), () => recordIntroduction(as(get(), 'recordIntroduction'), { introducerId: 'r1', introducedId: 'r1', toManagerId: 'm1' }),
      'INVALID_INPUT', 'input.introducedId', () => intro('r1>r1>m1'));
    await refused(get(), () => recordIntroduction(as(get(), 'recordIntroduction'), { introducerId: 'r1', introducedId: 'x9', toManagerId: 'm1' }),
      'INVALID_INPUT', 'input.introducerId/introducedId', () => intro('r1>x9>m1'));
    await refused(get(), () => recordIntroduction(as(get(), 'recordIntroduction'), { introducerId: 'r1', introducedId: 'r2', toManagerId: 'r2' }),
      'INVALID_INPUT', 'input.toManagerId', () => intro('r1>r2>r2'));
    await refused(get(), () => deleteIntroduction(as(get(), 'deleteIntroduction'), 'r9>r2>m1'), 'NOT_FOUND', null, () => intro('r9>r2>m1'));
  });
});
