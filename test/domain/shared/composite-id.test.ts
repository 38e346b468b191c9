import { employmentId } from '@/domain/employment/employment';
import { introductionId } from '@/domain/introduction/introduction';
import { idParts, joinId } from '@/domain/shared/composite-id';

describe('composite ids', () => {
  it('reads back the parts an introduction and an employment id were joined from', () => {
    expect(idParts('introduction', introductionId('r1', 'r2', 'm1'))).toEqual(['r1', 'r2', 'm1']);
    expect(idParts('employment', employmentId('r1', 'c1', '2020-01-01'))).toEqual(['r1', 'c1', '2020-01-01']);
    expect(idParts('employment', employmentId('r1', 'c1', null))).toEqual(['r1', 'c1', '']);
  });

  it('each kind keeps its own separator', () => {
    expect(joinId('introduction', ['a', 'b', 'c'])).toBe('a>b>c');
    expect(joinId('employment', ['a', 'b', 'c'])).toBe('a@b@c');
    expect(idParts('introduction', 'no-separator')).toEqual(['no-separator']);
  });
});
