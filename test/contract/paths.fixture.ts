/**
 * The warm-paths scenario, as a snapshot clients could send.
 *
 * アクメ (c1): r2 部長, r4 課長, r6 (knows nobody) work there now; r3 left in 2022 (now at ベータ with r1).
 * r1 and r2 were colleagues at ガンマ (c3) 2016–2020. Our managers: m1 and m2 (East), m3 (West).
 * Every relationship was recorded on 2024-01-01, so later interactions, introductions and deals move it.
 */
const RECORDED = '2024-01-01T00:00:00.000Z';
const tie = (a: string, b: string, trust: number, kind: string, since?: string) => ({ a, b, trust, kind, since, recordedAt: RECORDED });

export function pathsSnapshot(): Record<string, any> {
  const rep = (id: string, name: string) => ({ id, name });
  return {
    version: 1,
    companies: [{ id: 'c1', name: 'アクメ' }, { id: 'c2', name: 'ベータ' }, { id: 'c3', name: 'ガンマ' }],
    managers: [{ id: 'm1', name: '佐藤 花子', team: 'East' }, { id: 'm2', name: '鈴木 一郎', team: 'East' }, { id: 'm3', name: '高橋 三郎', team: 'West' }],
    reps: [
      rep('r1', '田中 太郎'), rep('r2', '中村 大輔'), rep('r3', '山田 一郎'), rep('r4', '小林 四郎'), rep('r5', '伊藤 五月'), rep('r6', '渡辺 六'),
      rep('r8', '加藤 八'), rep('r9', '吉田 九'), rep('r10', '山本 十'), rep('r11', '松本 十一'), rep('r12', '井上 十二'),
    ],
    employments: [
      { repId: 'r1', companyId: 'c3', title: '担当', since: '2016-04-01', until: '2020-03-31' },
      { repId: 'r1', companyId: 'c2', title: '課長', since: '2020-04-01' },
      { repId: 'r2', companyId: 'c3', title: '主任', since: '2015-04-01', until: '2020-12-31' },
      { repId: 'r2', companyId: 'c1', title: '部長', department: '営業部', since: '2021-01-01' },
      { repId: 'r3', companyId: 'c1', title: '担当', since: '2018-04-01', until: '2022-03-31' },
      { repId: 'r3', companyId: 'c2', title: '主任', since: '2022-04-01' },
      { repId: 'r4', companyId: 'c1', title: '課長', since: '2019-04-01' },
      { repId: 'r5', companyId: 'c3', title: '担当', since: '2019-04-01' },
      { repId: 'r6', companyId: 'c1', title: '担当', since: '2023-04-01' },
    ],
    relationships: [
      tie('m1', 'r1', 0.8, 'BUSINESS', '2021-04-01'), tie('r1', 'r2', 0.85, 'FORMER_COLLEAGUE', '2016-04-01'),
      tie('m2', 'r3', 0.9, 'BUSINESS'), tie('r3', 'r4', 0.9, 'FORMER_COLLEAGUE'), tie('r1', 'r3', 0.6, 'COLLEAGUE'),
      tie('m3', 'r5', 0.7, 'PERSONAL'), tie('r5', 'r2', 0.7, 'BUSINESS'), tie('m1', 'm2', 0.9, 'COLLEAGUE'), tie('r4', 'r2', 0.8, 'COLLEAGUE'),
      tie('m1', 'r8', 0.9, 'BUSINESS'), tie('r8', 'r9', 0.9, 'PERSONAL'), tie('r9', 'r10', 0.9, 'PERSONAL'), tie('r10', 'r11', 0.9, 'PERSONAL'),
      tie('r11', 'r12', 0.9, 'PERSONAL'), tie('m2', 'r1', 0.1, 'BUSINESS'),
    ],
    introductions: [
      { introducerId: 'r1', introducedId: 'r2', toManagerId: 'm1', at: '2024-05-10', outcome: 'MET' },
      // m2 and r1 met through r3 before their trust (0.1) was recorded: the recorded trust stands, no introduced tie
      { introducerId: 'r3', introducedId: 'r1', toManagerId: 'm2', at: '2023-06-01', outcome: 'MET' },
    ],
    interactions: [
      { id: 'i1', at: '2024-03-01T10:00:00+09:00', channel: 'MEETING', managerIds: ['m1'], repIds: ['r1'], reaction: 'POSITIVE' },
      { id: 'i2', at: '2023-06-01T10:00:00+09:00', channel: 'CALL', managerIds: ['m3'], repIds: ['r5'], reaction: 'NEGATIVE' },
      { id: 'i3', at: '2024-02-01T10:00:00+09:00', channel: 'CALL', managerIds: ['m2'], repIds: ['r3'], reaction: 'NEGATIVE' },
    ],
    deals: [{ id: 'd1', companyId: 'c3', repId: 'r5', managerId: 'm3', product: 'CRM', stage: 'WON', proposedAt: '2024-02-01', closedAt: '2024-04-01' }],
  };
}

/**
 * The day the scenario is judged on (who works where, and how far trust has faded): pinned, so that the answers do
 * not change with the date the tests run on.
 */
export const JUDGED_ON = '2024-06-01';

/** m3–r5's trust on JUDGED_ON: 0.7 + the won deal's 0.05, faded (README, "Relationship health"), worked out below. */
const M3_R5 = Math.round((0.7 + 0.05 * 0.5 ** ((61 - 30) / (90 + 0.5 * 91))) * 1e4) / 1e4;

/**
 * The effective trusts the README rule gives this scenario on JUDGED_ON, worked out by hand: m1–r1 0.8 + meeting i1
 * + the MET introduction = 0.9; r1–r2 0.85 + the introduction = 0.9; m1–r2 introduced tie 0.5; m2–r3 0.9 − negative
 * call i3 = 0.8; m3–r5 0.7 + won deal d1 = 0.75 (the negative call i2 is older than the recording), faded: 61 days
 * from the deal (2024-04-01) to 2024-06-01, the first 30 free, and a relationship of 91 days (recorded 2024-01-01, no
 * `since`) halves its raise in 90 + 0.5 × 91 = 135.5 days: 0.7 + 0.05 × 0.5^(31 / 135.5) = 0.7427. The raises of
 * m1–r1 and r1–r2 do not fade yet: their last evidence (2024-05-10) is 22 days old.
 */
export const EFFECTIVE: [string, string, number][] = [
  ['m1', 'r1', 0.9], ['r1', 'r2', 0.9], ['m1', 'r2', 0.5], ['m2', 'r3', 0.8], ['r3', 'r4', 0.9], ['r1', 'r3', 0.6], ['m3', 'r5', M3_R5],
  ['r5', 'r2', 0.7], ['m1', 'm2', 0.9], ['r4', 'r2', 0.8], ['m1', 'r8', 0.9], ['r8', 'r9', 0.9], ['r9', 'r10', 0.9], ['r10', 'r11', 0.9],
  ['r11', 'r12', 0.9], ['m2', 'r1', 0.1],
];

