import { IntroductionOutcome } from '@/domain/shared/enums';
import { deleteIntroduction } from '@/app/records/introduction/delete-introduction';
import { recordIntroduction } from '@/app/records/introduction/record-introduction';
import { recordIntroductionOutcome } from '@/app/records/introduction/record-introduction-outcome';
import { requestIntroduction } from '@/app/records/introduction/request-introduction';
import { setRelationship } from '@/app/records/relationship/set-relationship';
import { describeEachEngine } from '../../helpers/engines';
import { TODAY, as, refused, seed } from './records-fixture';

describeEachEngine('introduction use cases', (get) => {
  beforeAll(async () => {
    await seed(get());
    await setRelationship(as(get(), 'setRelationship'), { a: 'm1', b: 'r1', trust: 0.8 });
    await setRelationship(as(get(), 'setRelationship'), { a: 'r1', b: 'r2', trust: 0.6 });
  });
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

  it('asks along a warm path (PENDING, today), answers the same while pending, then records the outcome', async () => {
    const asked = await requestIntroduction(as(get(), 'requestIntroduction'), ['m1', 'r1', 'r2']);
    expect(asked).toEqual({ id: 'r1>r2>m1', introducerId: 'r1', introducedId: 'r2', toManagerId: 'm1', at: TODAY, outcome: IntroductionOutcome.PENDING });
    expect(await requestIntroduction(as(get(), 'requestIntroduction'), ['m1', 'r1', 'r2'])).toEqual(asked);
    expect(await recordIntroductionOutcome(as(get(), 'recordIntroductionOutcome'), 'r1>r2>m1', IntroductionOutcome.MET, '2026-11-02'))
      .toMatchObject({ outcome: IntroductionOutcome.MET, at: '2026-11-02' });
    const e = await refused(get(), () => requestIntroduction(as(get(), 'requestIntroduction'), ['m1', 'r1', 'r2']), 'CONFLICT', null, () => intro('r1>r2>m1'));
    expect(e.message).toBe('The introduction "r1>r2>m1" was asked for already and its outcome is MET');
  });

  it('refuses a path with a missing tie (INVALID_INPUT input.path) and writes nothing', async () => {
    const e = await refused(get(), () => requestIntroduction(as(get(), 'requestIntroduction'), ['m1', 'r2', 'r1']), 'INVALID_INPUT', 'input.path', () => intro('r2>r1>m1'));
    expect(e.message).toBe('Invalid input.path: "m1" and "r2" have no relationship (nor a met introduction)');
  });

  it('refuses to introduce someone to themselves, a bad outcome day, and an unknown id', async () => {
    await refused(get(), () => recordIntroduction(as(get(), 'recordIntroduction'), { introducerId: 'r1', introducedId: 'r1', toManagerId: 'm1' }),
      'INVALID_INPUT', 'input.introducedId', () => intro('r1>r1>m1'));
    await refused(get(), () => recordIntroductionOutcome(as(get(), 'recordIntroductionOutcome'), 'r1>r2>m1', IntroductionOutcome.DECLINED, '2026-13-01'),
      'INVALID_INPUT', 'at', () => intro('r1>r2>m1'));
    await refused(get(), () => recordIntroductionOutcome(as(get(), 'recordIntroductionOutcome'), 'r9>r2>m1', IntroductionOutcome.MET), 'NOT_FOUND', null, () => intro('r9>r2>m1'));
  });
});
