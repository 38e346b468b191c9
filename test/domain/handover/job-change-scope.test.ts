import { jobChangeScope, periodsEndedByJobChange } from '@/domain/handover/job-change-scope';

const period = (companyId: string, since: string | null, until: string | null) => ({ companyId, since, until });

describe('jobChangeScope: what a job change ends beyond a manager\'s portfolio', () => {
  const owned = new Set(['c-ours', 'c-ours-2']);
  const day = '2026-10-31';

  it('ends every period not ended by the day, started or not; a period whose first day gone is the day is over', () => {
    const history = [
      period('c-ours', '2020-01-01', null),
      period('c-old', '2015-01-01', '2019-12-31'),
      period('c-gone-today', '2019-01-01', day),
      period('c-until-tomorrow', '2019-01-01', '2026-11-01'),
      period('c-future', '2027-01-01', null),
    ];
    expect(periodsEndedByJobChange(history, day).map((e) => e.companyId)).toEqual(['c-ours', 'c-until-tomorrow', 'c-future']);
  });

  it('a rep at one of our partners only: ours to end', () => {
    expect(jobChangeScope([period('c-ours', '2020-01-01', null), period('c-other', '2010-01-01', '2020-01-01')], day, owned))
      .toEqual({ atOwned: true, foreign: [] });
  });

  it('a rep working at none of our partners on the day (ended, or never): not ours', () => {
    expect(jobChangeScope([period('c-ours', '2020-01-01', day), period('c-other', '2020-01-01', null)], day, owned))
      .toEqual({ atOwned: false, foreign: ['c-other'] });
    expect(jobChangeScope([], day, owned)).toEqual({ atOwned: false, foreign: [] });
  });

  it('a rep also at another manager\'s partner now: each such company once, in the order of the history', () => {
    const history = [
      period('c-theirs', '2021-01-01', null),
      period('c-ours', '2020-01-01', null),
      period('c-theirs', '2018-01-01', '2027-01-01'),
      period('c-later', '2030-01-01', null),
      period('c-ended', '2018-01-01', '2026-10-30'),
    ];
    expect(jobChangeScope(history, day, owned)).toEqual({ atOwned: true, foreign: ['c-theirs', 'c-later'] });
  });

  it('judged on the request\'s day: the same history, another day', () => {
    const history = [period('c-ours', '2020-01-01', null), period('c-theirs', '2020-01-01', '2026-06-01')];
    expect(jobChangeScope(history, '2026-05-31', owned)).toEqual({ atOwned: true, foreign: ['c-theirs'] });
    expect(jobChangeScope(history, '2026-06-01', owned)).toEqual({ atOwned: true, foreign: [] });
  });
});
