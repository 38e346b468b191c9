/**
 * The insights scenario (key persons, brokers, referrals, proposals), as a snapshot clients could send.
 * Dates are relative to today so that "recent" stays recent whatever day the suite runs.
 *
 * Acme (c1): r1 代表取締役 ← r2 部長 (営業部) ← r4 担当, r5 主任; r1 ← r3 課長 (マーケティング部); r6 担当 (開発部) hangs
 *   on r5 alone; r7 worked at Acme until 2020 and is at Beta now.
 * Beta (c2): r8 部長 with r7 and r9; Gamma (c3): r10, reachable only through r9.
 * Our managers: m1 (knows r4 well, r1 a little), m2 (knows r2).
 */
export function daysAgo(n: number, today: Date = new Date()): string {
  return new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10);
}

export function insightsSnapshot(): Record<string, any> {
  const rep = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ id, name, ...extra });
  return {
    version: 1,
    companies: [
      { id: 'c1', name: 'アクメ商事', partnerStatus: 'ACTIVE', industry: '製造業', customerSegments: ['SMB', 'エンタープライズ'] },
      { id: 'c2', name: 'ベータ販売', partnerStatus: 'ACTIVE', industry: '小売', customerSegments: ['SMB'] },
      { id: 'c3', name: 'ガンマ', partnerStatus: 'PROSPECT', industry: '製造業', customerSegments: [] },
      { id: 'c4', name: 'デルタ', partnerStatus: 'TERMINATED', industry: '製造業' },
    ],
    managers: [{ id: 'm1', name: '佐藤 花子', team: 'East' }, { id: 'm2', name: '鈴木 一郎', team: 'West' }],
    reps: [
      rep('r1', '青木 一', { expertise: ['ERP'], interests: ['DX'], stance: 'CAUTIOUS', responseSpeed: 'SLOW' }),
      rep('r2', '井上 二郎', { expertise: ['CRM', '製造業'], interests: ['AI'], stance: 'PROACTIVE', responseSpeed: 'FAST' }),
      rep('r3', '上田 三奈', { expertise: ['MA'], interests: ['CRM'] }),
      rep('r4', '江藤 四郎', { expertise: ['CRM'], stance: 'PROACTIVE', responseSpeed: 'NORMAL' }),
      rep('r5', '小野 五月', { interests: ['ＣＲＭ'] }),
      rep('r6', '加藤 六太'),
      rep('r7', '木村 七海', { expertise: ['SFA'] }),
      rep('r8', '工藤 八重', { expertise: ['CRM'], responseSpeed: 'FAST' }),
      rep('r9', '小林 九', { interests: ['CRM'] }),
      rep('r10', '佐野 十', { expertise: ['CRM'] }),
      rep('r11', '清水 十一', { expertise: ['CRM'], responseSpeed: 'FAST', stance: 'PROACTIVE' }),
    ],
    employments: [
      { repId: 'r1', companyId: 'c1', title: '代表取締役', department: '経営企画室', since: '2010-04-01' },
      { repId: 'r2', companyId: 'c1', title: '部長', department: '営業部', since: '2015-04-01' },
      { repId: 'r3', companyId: 'c1', title: '課長', department: 'マーケティング部', since: '2016-04-01' },
      { repId: 'r4', companyId: 'c1', title: '担当', department: '営業部', since: '2019-04-01' },
      { repId: 'r5', companyId: 'c1', title: '主任', department: '営業部', since: '2017-04-01' },
      { repId: 'r6', companyId: 'c1', title: '担当', department: '開発部', since: '2021-04-01' },
      { repId: 'r7', companyId: 'c1', title: '課長', department: '営業部', since: '2012-04-01', until: '2020-03-31' },
      { repId: 'r7', companyId: 'c2', title: '部長代理', department: '営業部', since: '2020-04-01' },
      { repId: 'r8', companyId: 'c2', title: '部長', department: '営業部', since: '2014-04-01' },
      { repId: 'r9', companyId: 'c2', title: '担当', department: '営業部', since: '2022-04-01' },
      { repId: 'r10', companyId: 'c3', title: '担当', department: '営業部', since: '2021-04-01' },
      { repId: 'r11', companyId: 'c4', title: '担当', department: '営業部', since: '2021-04-01' },
    ],
    portfolio: [{ managerId: 'm1', companyId: 'c1', since: '2020-01-01' }, { managerId: 'm2', companyId: 'c2', since: '2021-01-01' }],
    relationships: [
      { a: 'm1', b: 'r4', trust: 0.9, kind: 'BUSINESS' },
      { a: 'm1', b: 'r1', trust: 0.3, kind: 'BUSINESS' },
      { a: 'm2', b: 'r2', trust: 0.5, kind: 'BUSINESS' },
      { a: 'm2', b: 'r8', trust: 0.8, kind: 'BUSINESS' },
      { a: 'r1', b: 'r2', trust: 0.8, kind: 'COLLEAGUE' },
      { a: 'r1', b: 'r3', trust: 0.7, kind: 'COLLEAGUE' },
      { a: 'r2', b: 'r4', trust: 0.9, kind: 'COLLEAGUE' },
      { a: 'r2', b: 'r5', trust: 0.6, kind: 'COLLEAGUE' },
      { a: 'r4', b: 'r5', trust: 0.7, kind: 'COLLEAGUE' },
      { a: 'r5', b: 'r6', trust: 0.8, kind: 'COLLEAGUE' },
      { a: 'r3', b: 'r5', trust: 0.5, kind: 'COLLEAGUE' },
      { a: 'r4', b: 'r7', trust: 0.75, kind: 'FORMER_COLLEAGUE' },
      { a: 'r7', b: 'r8', trust: 0.6, kind: 'COLLEAGUE' },
      { a: 'r8', b: 'r9', trust: 0.7, kind: 'COLLEAGUE' },
      { a: 'r9', b: 'r10', trust: 0.9, kind: 'PERSONAL' },
    ],
    reportsTo: [
      { repId: 'r2', bossId: 'r1' }, { repId: 'r3', bossId: 'r1' }, { repId: 'r4', bossId: 'r2' }, { repId: 'r5', bossId: 'r2' },
      { repId: 'r6', bossId: 'r5' }, { repId: 'r9', bossId: 'r8' },
    ],
    introductions: [
      { introducerId: 'r4', introducedId: 'r2', toManagerId: 'm1', at: daysAgo(200), outcome: 'MET' },
      { introducerId: 'r7', introducedId: 'r8', toManagerId: 'm2', at: daysAgo(900), outcome: 'MET' },
    ],
    deals: [
      { id: 'd1', companyId: 'c1', repId: 'r4', managerId: 'm1', product: 'CRM', amount: 3000000, stage: 'WON', proposedAt: daysAgo(120), closedAt: daysAgo(60) },
      { id: 'd2', companyId: 'c1', repId: 'r4', managerId: 'm1', product: 'SFA', amount: 1000000, stage: 'OPEN', proposedAt: daysAgo(20) },
      { id: 'd3', companyId: 'c1', repId: 'r7', managerId: 'm1', product: 'CRM', amount: 5000000, stage: 'WON', proposedAt: '2019-01-10', closedAt: '2019-03-01' },
      { id: 'd4', companyId: 'c1', repId: 'r2', managerId: 'm1', product: 'ERP', amount: 12000000, stage: 'LOST', proposedAt: daysAgo(300), closedAt: daysAgo(250), lossReason: '価格' },
      { id: 'd5', companyId: 'c2', repId: 'r8', managerId: 'm2', product: 'ｃｒｍ', amount: 2000000, stage: 'WON', proposedAt: daysAgo(500), closedAt: daysAgo(400) },
      { id: 'd6', companyId: 'c2', repId: 'r9', managerId: 'm2', product: 'MA', amount: 800000, stage: 'WON', proposedAt: daysAgo(100), closedAt: daysAgo(30) },
    ],
  };
}
