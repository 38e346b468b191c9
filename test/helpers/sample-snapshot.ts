/** The contract's example snapshot, plus a second rep, so tests start from what clients send. */
export function sampleSnapshot(): Record<string, any> {
  return {
    version: 1,
    companies: [{
      id: 'c1', name: '株式会社サンプル', partnerStatus: 'ACTIVE', industry: 'SaaS', prefecture: '東京都', employeeCount: 120,
      foundedYear: 2005, annualRevenue: 1200000000, capital: 50000000, fiscalYearEndMonth: 3, customerCount: 300,
      customerSegments: ['SMB'], customFields: { any: 'text' },
    }, { id: 'c2', name: 'アルファ販売', partnerStatus: 'PROSPECT', industry: 'Retail', annualRevenue: 2.5 }],
    contracts: [{ id: 'k1', companyId: 'c1', startDate: '2024-04-01', termMonths: 12, commissionRate: 0.15, conditions: 'text', status: 'ACTIVE' }],
    managers: [{ id: 'm1', name: '佐藤 花子', email: 'sato@example.com', team: 'Partner Sales East' }],
    reps: [
      { id: 'r1', name: '田中 太郎', nameKana: 'タナカ タロウ', email: 't@example.com', phone: '03-0000-0000', expertise: ['CRM', 'Manufacturing'],
        interests: ['AI'], disc: 'I', mbti: 'ENFP', stance: 'PROACTIVE', responseSpeed: 'FAST' },
      { id: 'r2', name: '中村 大輔', nameKana: 'ナカムラ ダイスケ' },
    ],
    employments: [
      { repId: 'r1', companyId: 'c1', title: '部長', department: '営業部', since: '2019-04-01', until: null },
      { repId: 'r2', companyId: 'c2', title: '担当', since: '2016-04-01', until: '2023-03-31' },
      { repId: 'r2', companyId: 'c1', title: '課長', since: '2023-04-01' },
    ],
    portfolio: [{ managerId: 'm1', companyId: 'c1', since: '2023-01-01' }],
    relationships: [
      { a: 'm1', b: 'r1', trust: 0.8, kind: 'BUSINESS', since: '2023-02-01' },
      { a: 'r2', b: 'r1', trust: 0.85, kind: 'FORMER_COLLEAGUE', since: '2016-04-01' },
    ],
    reportsTo: [{ repId: 'r2', bossId: 'r1' }],
    introductions: [{ introducerId: 'r1', introducedId: 'r2', toManagerId: 'm1', at: '2024-05-10', outcome: 'MET' }],
    interactions: [{
      id: 'i1', at: '2024-06-01T10:00:00+09:00', channel: 'MEETING', managerIds: ['m1'], repIds: ['r1'], summary: 'text',
      reaction: 'POSITIVE', concerns: ['price'], nextAction: { description: 'send quote', dueDate: '2024-06-07', done: false },
    }],
    deals: [{
      id: 'd1', companyId: 'c1', repId: 'r1', managerId: 'm1', product: 'CRM', amount: 3000000, grossProfit: 900000, stage: 'WON',
      proposedAt: '2024-04-10', closedAt: '2024-06-20', lossReason: null,
    }],
  };
}
