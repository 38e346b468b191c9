/**
 * One example per feature of the API, each opened as a GraphiQL tab. Ids are the generated demo network's
 * (`npm run demo`): companies c1…, reps r1…, managers m1….
 */
export const EXAMPLES: { query: string; variables?: string }[] = [
  { query: `# Who am I: role and the fields masked for me
query Viewer {
  viewer { role managerId maskedFields }
}` },
  { query: `# Search people and companies: kanji, kana readings and half-width match alike
query Search($text: String!) {
  managers(first: 5, filter: { search: $text }) { edges { node { id name team } } }
  reps(first: 5, filter: { search: $text }) { edges { node { id name nameKana company { name } } } }
  companies(first: 5, filter: { search: $text }) { edges { node { id name industry } } }
}`, variables: '{ "text": "さとう" }' },
  { query: `# A partner's chart, KPIs, contracts, owners and key persons
query Company($id: ID!) {
  company(id: $id) {
    name partnerStatus industry employeeCount annualRevenue customFields
    kpis { deals won lost revenue winRate }
    contracts { status startDate renewalDate commissionRate }
    owners { name team }
    keyPersons(limit: 3) { rep { name } title score reasons }
  }
}`, variables: '{ "id": "c1" }' },
  { query: `# A person: employment history, ties with trust, recent interactions
query Rep($id: ID!) {
  rep(id: $id) {
    name nameKana expertise
    employments { company { name } title since until }
    ties { relationship { trust kind since } person { name } }
    interactions(last: 5) { at channel reaction summary }
  }
}`, variables: '{ "id": "r1" }' },
  { query: `# Warm introduction paths to a rep or a company, strongest first, with each step's reason
query WarmPaths($to: ID!) {
  warmIntroPaths(to: $to, limit: 3) {
    strength hops
    members { person { name } companyName title team }
    steps { trust reason basis }
  }
}`, variables: '{ "to": "c1" }' },
  { query: `# Who matters most inside a company, and why
query KeyPersons($companyId: ID!) {
  keyPersons(companyId: $companyId, limit: 5) { rank rep { name } title score reasons }
}`, variables: '{ "companyId": "c1" }' },
  { query: `# People whose ties connect our team to the most of the partner network
query Brokers {
  brokers(limit: 5) { rank person { name } share cutOff reasons }
}` },
  { query: `# Whom a trusted rep could introduce us to
query Referrals($via: ID!) {
  referralCandidates(via: $via, limit: 5) { rep { name } company { name } score reasons }
}`, variables: '{ "via": "r1" }' },
  { query: `# Reps to pitch a product to
query Proposals($product: String!) {
  proposalTargets(product: $product, limit: 5) { rep { name } company { name } score reasons }
}`, variables: '{ "product": "CRM" }' },
  { query: `# Open next actions, earliest due first
query FollowUps {
  followUps(limit: 10) { at nextAction { description dueDate } managers { name } reps { name } }
}` },
  { query: `# Contracts coming up for renewal
query Renewals($before: String!) {
  renewalsDue(before: $before) { company { name } renewalDate commissionRate }
}`, variables: '{ "before": "2026-12-31" }' },
  { query: `# Ask for an introduction along a warm path: a WarmPath's people, manager first, target last (3 or more).
# This one is README's first answer: 上田 雄一 (m7) → 山口 正人 (r1233) → 青木 学 (r2660)
mutation RequestIntroduction($path: [ID!]!) {
  requestIntroduction(input: { path: $path }) { id outcome introducer { name } introduced { name } toManager { name } }
}`, variables: '{ "path": ["m7", "r1233", "r2660"] }' },
];
