/**
 * The snapshot's records, derived one at a time from the compact model (world.ts). Each list is a
 * generator, so a writer can stream millions of records with bounded memory. Text fields (names, notes,
 * titles) are drawn from per-record random streams and never stored.
 */
import { AS_OF, LAST_DAY, businessDayOnOrBefore, civilOf, dayOf, isoDate, jstInstant } from './calendar';
import { PROFILE } from './profile';
import { Rng, cumulate } from './random';
import {
  CHALLENGES, COMPANY_BUSINESS_WORDS, COMPANY_MIDS, COMPANY_PART_READINGS, COMPANY_REGIONS, COMPANY_STEMS, CONCERNS, CONTRACT_EXTRAS,
  CONTRACT_PAYMENT_TERMS, CUSTOMER_SEGMENTS, CUSTOM_FIELDS, DEPARTMENTS, DISC, FAMILY_NAMES, FEMALE_GIVEN_NAMES,
  HEAD_DEPARTMENT_LARGE, HEAD_DEPARTMENT_SMALL, INDUSTRIES, COMPETITORS, LOSS_REASONS, LOSS_REASON_WEIGHTS, MALE_GIVEN_NAMES, MBTI,
  NEXT_ACTIONS, PARTNER_INDUSTRIES, PARTNER_INDUSTRY_WEIGHTS, POLICIES, PREFECTURES, PRODUCTS, PRODUCT_WEIGHTS,
  REACTION_PHRASES, SMALL_COMPANY_DEPARTMENTS, STRENGTHS, SUMMARY_OPENINGS, TEAMS, TITLE_CHIEF, TITLE_DEPUTY,
  TITLE_DIRECTOR, TITLE_EXECUTIVE, TITLE_HEAD, TITLE_LEAD, TITLE_LEADER, TITLE_MANAGER, TITLE_STAFF, TOPICS, WEAKNESSES,
} from './vocabulary';
import {
  ACTIVE, DORMANT, KIND_NAMES, OUTCOME_NAMES, PROSPECT, STATUS_NAMES, STREAM, TERMINATED, type World, personId,
} from './world';

export type JsonRecord = Record<string, unknown>;

const FAMILY_CUM = cumulate(FAMILY_NAMES.map((_, i) => 1 / (i + 8)));
const PRODUCT_CUM = cumulate(PRODUCT_WEIGHTS);
const PARTNER_INDUSTRY_CUM = cumulate(PARTNER_INDUSTRY_WEIGHTS);
const LOSS_REASON_CUM = cumulate(LOSS_REASON_WEIGHTS);
const CHANNELS = ['MEETING', 'CALL', 'EMAIL', 'EVENT', 'CHAT'] as const;
const CHANNEL_CUM = cumulate([35, 20, 25, 5, 15]);
const FISCAL_MONTHS = [3, 12, 9, 6, 8, 10, 2, 1];
const FISCAL_CUM = cumulate([55, 20, 8, 6, 4, 3, 2, 2]);
const PRODUCT_NAMES = new Set(PRODUCTS.map((p) => p[0]));
const INTEREST_POOL: readonly string[] = [...PRODUCTS.map((p) => p[0]), ...INDUSTRIES, ...TOPICS, ...TOPICS];
/** A large prime, so that company i -> name combination is a bijection on each block of combinations. */
const NAME_SCRAMBLE = 1_000_003;
const NAME_BLOCK = COMPANY_STEMS.length * COMPANY_MIDS.length * COMPANY_BUSINESS_WORDS.length;

export interface PersonName {
  name: string;
  kana: string;
  /** `given.family`, the local part of an e-mail address. */
  romaji: string;
}

export interface RepProfile extends PersonName {
  expertise: string[];
  interests: string[];
}

/**
 * What lists need to know about a rep besides its own record (names for notes, expertise for deals).
 * Drawn from the rep's own stream, so every caller gets the same answer.
 */
export function repProfile(w: World, r: number, rng: Rng): RepProfile {
  rng.reseed(w.seed, STREAM.repProfile, r);
  const names = drawName(rng);
  const expertise: string[] = [];
  const n = rng.range(1, 3);
  for (let tries = 0; expertise.length < n && tries < 10; tries++) {
    const item = rng.chance(0.7) ? PRODUCTS[rng.weighted(PRODUCT_CUM)][0] : rng.pick(INDUSTRIES);
    if (!expertise.includes(item)) expertise.push(item);
  }
  const interests: string[] = [];
  const k = rng.range(1, 3);
  for (let tries = 0; interests.length < k && tries < 10; tries++) {
    const item = rng.pick(INTEREST_POOL);
    if (!interests.includes(item) && !expertise.includes(item)) interests.push(item);
  }
  return { name: names.name, kana: names.kana, romaji: names.romaji, expertise, interests };
}

function drawName(rng: Rng): { name: string; kana: string; romaji: string } {
  const female = rng.chance(0.35);
  const [family, familyKana, familyRomaji] = FAMILY_NAMES[rng.weighted(FAMILY_CUM)];
  const [given, givenKana, givenRomaji] = rng.pick(female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
  return { name: `${family} ${given}`, kana: `${familyKana} ${givenKana}`, romaji: `${givenRomaji}.${familyRomaji}` };
}

export function managerName(w: World, m: number, rng: Rng): PersonName {
  rng.reseed(w.seed, STREAM.managerRecord, m);
  return drawName(rng);
}

const reading = (part: string): string => COMPANY_PART_READINGS.get(part) ?? part;
const NUMBER_READINGS = ['', 'イチ', 'ニ', 'サン', 'ヨン', 'ゴ', 'ロク', 'ナナ', 'ハチ', 'キュウ'];

/** A company's name, its reading (katakana, without the legal form) and web domain; distinct for distinct companies. */
export function companyName(w: World, c: number): { name: string; kana: string; domain: string } {
  const block = Math.floor(c / NAME_BLOCK);
  const within = ((c % NAME_BLOCK) * NAME_SCRAMBLE + (w.seed % NAME_BLOCK)) % NAME_BLOCK;
  const stem = COMPANY_STEMS[within % COMPANY_STEMS.length];
  const rest = Math.floor(within / COMPANY_STEMS.length);
  const mid = COMPANY_MIDS[rest % COMPANY_MIDS.length];
  const biz = COMPANY_BUSINESS_WORDS[Math.floor(rest / COMPANY_MIDS.length)];
  const region = COMPANY_REGIONS[block % COMPANY_REGIONS.length];
  const round = Math.floor(block / COMPANY_REGIONS.length);
  const base = `${region[0]}${stem[0]}${mid[0]}${biz[0]}${round > 0 ? `第${round + 1}` : ''}`;
  const domain = [region[1], stem[1], mid[1], biz[1], round > 0 ? String(round + 1) : ''].filter((s) => s !== '').join('-');
  const nth = round > 0 ? `ダイ${round + 1 < 10 ? NUMBER_READINGS[round + 1] : round + 1}` : '';
  const kana = `${reading(region[0])}${reading(stem[0])}${reading(mid[0])}${reading(biz[0])}${nth}`;
  // The legal form's position is a per-company choice that does not change the domain.
  const prefixForm = (Math.imul(c + 1, 0x9e3779b1) ^ w.seed) >>> 0;
  const name = prefixForm % 100 < 65 ? `株式会社${base}` : `${base}株式会社`;
  return { name, kana, domain: `${domain}.co.jp` };
}

/** The lists of a snapshot, in the contract's order, each a fresh generator of records. */
export function recordLists(w: World): { name: string; records: () => Iterable<JsonRecord> }[] {
  return [
    { name: 'companies', records: () => companies(w) },
    { name: 'contracts', records: () => contracts(w) },
    { name: 'managers', records: () => managers(w) },
    { name: 'reps', records: () => reps(w) },
    { name: 'employments', records: () => employments(w) },
    { name: 'portfolio', records: () => portfolio(w) },
    { name: 'relationships', records: () => relationships(w) },
    { name: 'reportsTo', records: () => reportsTo(w) },
    { name: 'introductions', records: () => introductions(w) },
    { name: 'interactions', records: () => interactions(w) },
    { name: 'deals', records: () => deals(w) },
    { name: 'trustOverrides', records: () => trustOverrides(w) },
    { name: 'revenueTargets', records: () => revenueTargets(w) },
    { name: 'strategyChanges', records: () => strategyChanges(w) },
  ];
}

/**
 * When every rating was recorded: the evening of AS_OF (JST), after the last interaction (21:00 at the latest) and
 * every dated record, so no evidence is newer than a rating (warm paths read the recorded trust) and the ratings'
 * age (`recordedAgeDays`) is counted from AS_OF whatever day the snapshot is imported.
 */
export const RECORDED_AT = jstInstant(AS_OF, 22 * 60);
/** When the generated overrides were set: after the recordings, so they are what the ties' trust is. */
export const OVERRIDDEN_AT = jstInstant(AS_OF, 23 * 60);
/** The quarter of AS_OF, which the generated revenue targets are for, and the day they were set (its first). */
const TARGET_PERIOD = (() => {
  const [y, m] = civilOf(AS_OF);
  const q = Math.floor((m - 1) / 3);
  return { label: `${y}-Q${q + 1}`, setAt: jstInstant(dayOf(y, q * 3 + 1, 1), 9 * 60) };
})();
/** Strategy changes are dated before the quarter of AS_OF (README's strategyChanges example starts there). */
const STRATEGY_FROM = dayOf(2025, 4, 1);
const STRATEGY_TO = dayOf(2026, 9, 30);

const OVERRIDE_NOTES: readonly string[] = [
  '面談で確認: 評価どおり', '先方の異動後も関係は変わらず', '担当交代の引き継ぎで確認済み', '年次レビューで見直し: 据え置き',
];

/**
 * Trust overrides: about one in 40 ties of a manager with a rep, set by that manager. Each keeps the recorded trust (a manager
 * who reviewed the rating and confirmed it), so warm paths and every other answer read the same value as without it.
 */
function* trustOverrides(w: World): Generator<JsonRecord> {
  const rng = new Rng(0);
  for (let i = 0; i < w.edgeCount; i++) {
    const a = w.edgeA[i];
    // a is the lower index: a manager if any end is; the other end a rep
    if (a >= w.managers || w.edgeB[i] < w.managers || ((Math.imul(i + 1, 0x9e3779b1) ^ w.seed) >>> 0) % 40 !== 7) continue;
    rng.reseed(w.seed, STREAM.overrideRecord, i);
    yield { a: personId(w, a), b: personId(w, w.edgeB[i]), trust: w.edgeTrust[i] / 100, note: rng.pick(OVERRIDE_NOTES), byId: personId(w, a), at: OVERRIDDEN_AT };
  }
}

/**
 * Revenue targets for the quarter of AS_OF: one per manager (its partners' size), and one per active partner that
 * has an owner, for about one partner in five, set by its first owner.
 */
function* revenueTargets(w: World): Generator<JsonRecord> {
  const rng = new Rng(0);
  const owned = new Int32Array(w.managers);
  for (let e = 0; e < w.pfCount; e++) owned[w.pfManager[e]]++;
  for (let m = 0; m < w.managers; m++) {
    if (owned[m] === 0) continue;
    rng.reseed(w.seed, STREAM.targetRecord, m);
    yield { managerId: managerId(m), period: TARGET_PERIOD.label, amount: owned[m] * rng.range(20, 60) * 100_000, setBy: managerId(m), setAt: TARGET_PERIOD.setAt };
  }
  for (let c = 0; c < w.companies; c++) {
    const e = w.compEntries[2 * c];
    if (e < 0 || w.compStatus[c] !== ACTIVE || c % 5 !== 1) continue;
    rng.reseed(w.seed, STREAM.targetRecord, w.managers + c);
    const scale = 1 + Math.log10(compSize(w, c) + 1);
    yield { companyId: companyId(c), period: TARGET_PERIOD.label, amount: Math.round(scale * rng.range(10, 40)) * 100_000, setBy: managerId(w.pfManager[e]), setAt: TARGET_PERIOD.setAt };
  }
}

/**
 * Strategy changes: about one partner in 25 changed its business policy once, between STRATEGY_FROM and STRATEGY_TO,
 * to the policy it has now (companies' businessPolicy) from another one.
 */
function* strategyChanges(w: World): Generator<JsonRecord> {
  const rng = new Rng(0);
  let c = 0;
  for (const company of companies(w)) {
    if (c % 25 === 1) {
      rng.reseed(w.seed, STREAM.strategyRecord, c);
      const after = company.businessPolicy as string;
      const others = POLICIES.filter((p) => p !== after);
      const day = businessDayOnOrBefore(rng.range(STRATEGY_FROM, STRATEGY_TO));
      yield { companyId: company.id, at: jstInstant(day, 9 * 60 + 30 * rng.int(18)), field: 'businessPolicy', before: rng.pick(others), after };
    }
    c++;
  }
}

const compSize = (w: World, c: number): number => w.compStart[c + 1] - w.compStart[c];
const repId = (r: number): string => `r${r + 1}`;
const managerId = (m: number): string => `m${m + 1}`;
const companyId = (c: number): string => `c${c + 1}`;

function distinct(rng: Rng, pool: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let tries = 0; out.length < n && tries < n * 6; tries++) {
    const item = rng.pick(pool);
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

const pickName = ({ name, kana }: { name: string; kana: string }): { name: string; nameKana: string } => ({ name, nameKana: kana });

function* companies(w: World): Generator<JsonRecord> {
  const rng = new Rng(w.seed);
  for (let c = 0; c < w.companies; c++) {
    rng.reseed(w.seed, STREAM.companyRecord, c);
    const size = compSize(w, c);
    const employeeCount = roundNicely(size * (2.5 + rng.float() * 10));
    const revenuePerHead = 8_000_000 + rng.float() * 27_000_000;
    const capitalTiers =
      employeeCount < 50 ? [10, 20, 30] : employeeCount < 300 ? [30, 50, 100] : employeeCount < 1000 ? [100, 300, 490] : [1000, 3000, 10000];
    const customFields: Record<string, string> = {};
    for (const key of distinct(rng, CUSTOM_FIELDS.map((f) => f[0]), rng.range(2, 3))) {
      const values = CUSTOM_FIELDS.find((f) => f[0] === key)![1];
      customFields[key] = rng.pick(values).replace('{n}', String(rng.range(1, 40)));
    }
    yield {
      id: companyId(c),
      ...pickName(companyName(w, c)),
      partnerStatus: STATUS_NAMES[w.compStatus[c]],
      industry: PARTNER_INDUSTRIES[rng.weighted(PARTNER_INDUSTRY_CUM)],
      prefecture: PREFECTURES[w.compPrefecture[c]][0],
      employeeCount,
      foundedYear: w.compFounded[c],
      annualRevenue: Math.round((employeeCount * revenuePerHead) / 1_000_000) * 1_000_000,
      capital: rng.pick(capitalTiers) * 1_000_000,
      fiscalYearEndMonth: FISCAL_MONTHS[rng.weighted(FISCAL_CUM)],
      customerCount: Math.max(5, Math.round(employeeCount * (0.3 + rng.float() * 5))),
      customerSegments: distinct(rng, CUSTOMER_SEGMENTS, rng.range(1, 3)),
      strengths: distinct(rng, STRENGTHS, rng.range(1, 2)).join('、'),
      weaknesses: rng.pick(WEAKNESSES),
      businessPolicy: rng.pick(POLICIES),
      challenges: distinct(rng, CHALLENGES, rng.range(1, 2)).join('、'),
      customFields,
    };
  }
}

function roundNicely(n: number): number {
  const x = Math.round(n);
  return x >= 1000 ? Math.round(x / 100) * 100 : x >= 100 ? Math.round(x / 10) * 10 : x;
}

const firstOfMonth = (day: number): number => {
  const [y, m] = civilOf(day);
  return dayOf(y, m, 1);
};
const addMonths = (day: number, months: number): number => {
  const [y, m, d] = civilOf(day);
  const total = m - 1 + months;
  return dayOf(y + Math.floor(total / 12), (total % 12) + 1, d);
};

function* contracts(w: World): Generator<JsonRecord> {
  const rng = new Rng(w.seed);
  let next = 1;
  const make = (c: number, start: number, termMonths: number, status: string): JsonRecord => ({
    id: `k${next++}`,
    companyId: companyId(c),
    startDate: isoDate(start),
    termMonths,
    commissionRate: Math.round((0.05 + rng.float() * 0.25) * 200) / 200,
    conditions: `${rng.pick(CONTRACT_PAYMENT_TERMS)}。${distinct(rng, CONTRACT_EXTRAS, rng.range(1, 2)).join('。')}。`,
    status,
  });
  for (let c = 0; c < w.companies; c++) {
    rng.reseed(w.seed, STREAM.contractRecord, c);
    const since = w.pfSince[w.compEntries[2 * c]];
    const status = w.compStatus[c];
    const term = rng.pick([12, 12, 24, 36]);
    if (status === ACTIVE && rng.chance(0.92)) {
      // The running contract (the latest renewal) started within one term before AS_OF, and not before
      // the partnership did.
      let start = firstOfMonth(addMonths(AS_OF, -term) + 31 + rng.int(term * 30 - 45));
      if (start < since) start = Math.min(firstOfMonth(AS_OF), addMonths(firstOfMonth(since), 1));
      const previousTerm = rng.pick([12, 24]);
      const previous = addMonths(start, -previousTerm);
      if (previous >= since && rng.chance(0.4)) yield make(c, previous, previousTerm, 'EXPIRED');
      yield make(c, start, term, 'ACTIVE');
    } else if (status === DORMANT && rng.chance(0.65)) {
      const start = firstOfMonth(Math.max(since, addMonths(w.compEnd[c], -term) - rng.int(120)));
      yield make(c, start, term, 'EXPIRED');
    } else if (status === TERMINATED && rng.chance(0.85)) {
      const start = firstOfMonth(Math.max(since, Math.min(w.compEnd[c] - 90, addMonths(w.compEnd[c], -term) + rng.int(200))));
      yield make(c, start, term, 'TERMINATED');
    } else if (status === PROSPECT && rng.chance(0.25)) {
      yield make(c, dayOf(2026, 11, 1), 12, 'DRAFT');
    }
  }
}

function* managers(w: World): Generator<JsonRecord> {
  const rng = new Rng(w.seed);
  for (let m = 0; m < w.managers; m++) {
    const { name, kana, romaji } = managerName(w, m, rng);
    yield { id: managerId(m), name, nameKana: kana, email: `${romaji}${m + 1}@example.com`, team: TEAMS[w.mgrTeam[m]] };
  }
}

function* reps(w: World): Generator<JsonRecord> {
  const rng = new Rng(w.seed);
  const profileRng = new Rng(w.seed);
  for (let r = 0; r < w.reps; r++) {
    const p = repProfile(w, r, profileRng);
    rng.reseed(w.seed, STREAM.repRecord, r);
    yield {
      id: repId(r),
      name: p.name,
      nameKana: p.kana,
      email: `${p.romaji}${r + 1}@${companyName(w, w.repComp[r]).domain}`,
      phone: rng.chance(0.55) ? mobile(rng) : landline(rng, PREFECTURES[w.compPrefecture[w.repComp[r]]][2]),
      expertise: p.expertise,
      interests: p.interests,
      disc: rng.chance(0.4) ? rng.pick(DISC) : null,
      mbti: rng.chance(0.3) ? rng.pick(MBTI) : null,
      stance: rng.chance(0.55) ? 'PROACTIVE' : 'CAUTIOUS',
      responseSpeed: rng.pick(['FAST', 'FAST', 'FAST', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'SLOW', 'SLOW']),
    };
  }
}

const digits = (rng: Rng, n: number): string => String(rng.int(10 ** n)).padStart(n, '0');
const mobile = (rng: Rng): string => `0${rng.pick(['90', '80', '70'])}-${digits(rng, 4)}-${digits(rng, 4)}`;
const landline = (rng: Rng, area: string): string =>
  area.length === 2 ? `${area}-${digits(rng, 4)}-${digits(rng, 4)}` : `${area}-${digits(rng, 3)}-${digits(rng, 4)}`;

/** Depth in the org chart, and the position of the branch (depth-1 ancestor) a rep belongs to. */
function chartPlace(pos: number, branch: number): { depth: number; branchRoot: number } {
  let p = pos;
  let depth = 0;
  let root = 0;
  while (p > 0) {
    root = p;
    p = Math.floor((p - 1) / branch);
    depth++;
  }
  return { depth, branchRoot: root };
}

function currentRole(w: World, r: number, rng: Rng): { title: string; department: string } {
  const c = w.repComp[r];
  const size = compSize(w, c);
  const b = w.compBranch[c];
  const pos = w.repPos[r];
  const { depth, branchRoot } = chartPlace(pos, b);
  const leads = pos * b + 1 < size;
  let title: string;
  if (depth === 0) {
    title = size >= 300 ? (rng.chance(0.3) ? TITLE_EXECUTIVE : TITLE_HEAD) : size >= 30 ? (rng.chance(0.5) ? TITLE_HEAD : TITLE_DIRECTOR) : size >= 4 ? TITLE_DIRECTOR : TITLE_MANAGER;
  } else if (leads) {
    if (depth === 1) title = size >= 100 ? TITLE_DIRECTOR : TITLE_MANAGER;
    else if (depth === 2) title = size >= 300 ? rng.pick([TITLE_DEPUTY, TITLE_MANAGER]) : rng.pick([TITLE_MANAGER, TITLE_CHIEF]);
    else title = rng.pick([TITLE_CHIEF, TITLE_LEAD, TITLE_LEADER]);
  } else {
    title = rng.chance(0.65) ? TITLE_STAFF : TITLE_LEAD;
  }
  let department: string;
  if (depth === 0) department = size >= 30 ? HEAD_DEPARTMENT_LARGE : HEAD_DEPARTMENT_SMALL;
  else if (size < 30) department = SMALL_COMPANY_DEPARTMENTS[(branchRoot + c) % SMALL_COMPANY_DEPARTMENTS.length];
  else department = DEPARTMENTS[(branchRoot - 1 + c) % DEPARTMENTS.length];
  return { title, department };
}

const PAST_TITLES = [TITLE_STAFF, TITLE_STAFF, TITLE_STAFF, TITLE_LEAD, TITLE_LEAD, TITLE_CHIEF, TITLE_MANAGER, TITLE_DIRECTOR];

function* employments(w: World): Generator<JsonRecord> {
  const rng = new Rng(w.seed);
  for (let r = 0; r < w.reps; r++) {
    rng.reseed(w.seed, STREAM.employmentRecord, r);
    for (let s = 1; s >= 0; s--) {
      const p = w.pastComp[2 * r + s];
      if (p < 0) continue;
      yield {
        repId: repId(r),
        companyId: companyId(p),
        title: rng.pick(PAST_TITLES),
        department: rng.pick(DEPARTMENTS),
        since: isoDate(w.pastSince[2 * r + s]),
        until: isoDate(w.pastUntil[2 * r + s]),
      };
    }
    const role = currentRole(w, r, rng);
    const transfer = w.repTransfer[r];
    if (transfer > 0) {
      yield {
        repId: repId(r),
        companyId: companyId(w.repComp[r]),
        title: role.title === TITLE_STAFF ? TITLE_STAFF : rng.pick([TITLE_STAFF, TITLE_LEAD]),
        department: rng.pick(DEPARTMENTS.filter((d) => d !== role.department)),
        since: isoDate(w.repStart[r]),
        until: isoDate(transfer),
      };
    }
    yield {
      repId: repId(r),
      companyId: companyId(w.repComp[r]),
      title: role.title,
      department: role.department,
      since: isoDate(transfer > 0 ? transfer : w.repStart[r]),
      until: null,
    };
  }
}

function* portfolio(w: World): Generator<JsonRecord> {
  for (let e = 0; e < w.pfCount; e++) {
    yield { managerId: managerId(w.pfManager[e]), companyId: companyId(w.pfCompany[e]), since: isoDate(w.pfSince[e]) };
  }
}

function* relationships(w: World): Generator<JsonRecord> {
  for (let i = 0; i < w.edgeCount; i++) {
    yield {
      a: personId(w, w.edgeA[i]),
      b: personId(w, w.edgeB[i]),
      trust: w.edgeTrust[i] / 100,
      kind: KIND_NAMES[w.edgeKind[i]],
      since: isoDate(w.edgeSince[i]),
      recordedAt: RECORDED_AT,
    };
  }
}

function* reportsTo(w: World): Generator<JsonRecord> {
  for (let r = 0; r < w.reps; r++) {
    const pos = w.repPos[r];
    if (pos === 0) continue;
    const c = w.repComp[r];
    yield { repId: repId(r), bossId: repId(w.members[w.compStart[c] + Math.floor((pos - 1) / w.compBranch[c])]) };
  }
}

function* introductions(w: World): Generator<JsonRecord> {
  for (let i = 0; i < w.introCount; i++) {
    yield {
      introducerId: personId(w, w.introBy[i]),
      introducedId: personId(w, w.introWho[i]),
      toManagerId: managerId(w.introMgr[i]),
      at: isoDate(w.introDay[i]),
      outcome: OUTCOME_NAMES[w.introOutcome[i]],
    };
  }
}

const trustOf = (w: World, x: number, y: number): number => {
  const e = w.pairs.get(x, y);
  return e < 0 ? 0.5 : w.edgeTrust[e] / 100;
};

function productFor(rng: Rng, expertise: readonly string[]): string {
  const own = expertise.filter((x) => PRODUCT_NAMES.has(x));
  return own.length > 0 && rng.chance(0.55) ? rng.pick(own) : PRODUCTS[rng.weighted(PRODUCT_CUM)][0];
}

function reactionFor(rng: Rng, trust: number): 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE' {
  const u = rng.float();
  const positive = 0.25 + 0.4 * trust;
  return u < positive ? 'POSITIVE' : u < positive + 0.4 ? 'NEUTRAL' : 'NEGATIVE';
}

function* interactions(w: World): Generator<JsonRecord> {
  const rng = new Rng(w.seed);
  const profileRng = new Rng(w.seed);
  let next = 1;
  let stream = 0;
  for (let e = 0; e < w.pfCount; e++) {
    const c = w.pfCompany[e];
    const m = w.pfManager[e];
    const first = w.pfContactStart[e];
    const n = w.pfContactStart[e + 1] - first;
    const other = w.compEntries[2 * c] === e ? w.compEntries[2 * c + 1] : w.compEntries[2 * c];
    for (let j = 0; j < w.pfInteractions[e]; j++) {
      rng.reseed(w.seed, STREAM.interactionRecord, stream++);
      const r = w.pfContacts[first + rng.int(n)];
      const lo = Math.max(w.pfSince[e], w.repStart[r]);
      const hi = w.compEnd[c];
      if (lo > hi) continue;
      let day = rng.range(lo, hi);
      const weekdayDay = businessDayOnOrBefore(day);
      if (weekdayDay >= lo) day = weekdayDay;
      const repIds = [r];
      const extra = rng.chance(0.25) ? rng.range(1, 2) : 0;
      for (let k = 0; k < extra; k++) {
        const x = w.pfContacts[first + rng.int(n)];
        if (!repIds.includes(x) && w.repStart[x] <= day) repIds.push(x);
      }
      const managerIds = [m];
      if (other >= 0 && w.pfSince[other] <= day && rng.chance(PROFILE.jointMeetingShare)) managerIds.push(w.pfManager[other]);
      const channel = CHANNELS[rng.weighted(CHANNEL_CUM)];
      const minute = channel === 'EMAIL' || channel === 'CHAT' ? rng.range(8 * 60, 21 * 60) : 9 * 60 + 30 * rng.int(19);
      const profile = repProfile(w, r, profileRng);
      const reaction = reactionFor(rng, trustOf(w, m, w.managers + r));
      yield interactionRecord(`i${next++}`, day, minute, channel, managerIds.map(managerId), repIds.map(repId), rng, profile, reaction, null);
    }
  }
  // History with movers at their former employer, with the manager they kept in touch with.
  for (let f = 0; f < w.formerTieCount; f++) {
    rng.reseed(w.seed, STREAM.formerInteractionRecord, f);
    const r = w.formerTieRep[f];
    const m = w.pfManager[w.formerTieEntry[f]];
    const lo = w.formerTieFrom[f];
    const hi = w.formerTieUntil[f];
    const profile = repProfile(w, r, profileRng);
    const times = rng.range(1, 4);
    for (let j = 0; j < times; j++) {
      let day = rng.range(lo, hi);
      if (businessDayOnOrBefore(day) >= lo) day = businessDayOnOrBefore(day);
      const channel = CHANNELS[rng.weighted(CHANNEL_CUM)];
      const minute = channel === 'EMAIL' || channel === 'CHAT' ? rng.range(8 * 60, 21 * 60) : 9 * 60 + 30 * rng.int(19);
      const reaction = reactionFor(rng, trustOf(w, m, w.managers + r));
      yield interactionRecord(`i${next++}`, day, minute, channel, [managerId(m)], [repId(r)], rng, profile, reaction, null);
    }
  }
  // The first meeting after each introduction that was accepted.
  for (let i = 0; i < w.introCount; i++) {
    if (OUTCOME_NAMES[w.introOutcome[i]] !== 'MET') continue;
    rng.reseed(w.seed, STREAM.introMeetingRecord, i);
    let day = Math.min(AS_OF, w.introDay[i] + rng.int(15));
    if (businessDayOnOrBefore(day) >= w.introDay[i]) day = businessDayOnOrBefore(day);
    const introducer = w.introBy[i] - w.managers;
    const introduced = w.introWho[i] - w.managers;
    const by = repProfile(w, introducer, profileRng).name.split(' ')[0];
    const profile = repProfile(w, introduced, profileRng);
    const opening = `${by}さんの紹介で${profile.name.split(' ')[0]}さんと初回面談。`;
    const reaction = reactionFor(rng, 0.6);
    yield interactionRecord(`i${next++}`, day, 9 * 60 + 30 * rng.int(19), 'MEETING', [managerId(w.introMgr[i])], [repId(introducer), repId(introduced)], rng, profile, reaction, opening);
  }
}

function interactionRecord(
  id: string, day: number, minute: number, channel: (typeof CHANNELS)[number], managerIds: string[], repIds: string[],
  rng: Rng, profile: RepProfile, reaction: 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE', opening: string | null,
): JsonRecord {
  const product = productFor(rng, profile.expertise);
  const industry = rng.pick(INDUSTRIES);
  const text = (opening ?? rng.pick(SUMMARY_OPENINGS[channel])).replace('{p}', product).replace('{i}', industry);
  const concerns = reaction === 'NEGATIVE' ? distinct(rng, CONCERNS, rng.range(1, 2)) : rng.chance(0.35) ? distinct(rng, CONCERNS, 1) : [];
  const said = channel === 'EMAIL' ? '' : rng.pick(REACTION_PHRASES[reaction]);
  const worries = concerns.length > 0 ? `懸念点は${concerns.join('と')}。` : '';
  let nextAction: JsonRecord | null = null;
  if (rng.chance(reaction === 'NEGATIVE' ? 0.3 : 0.55)) {
    const due = Math.min(LAST_DAY, day + rng.range(3, 21));
    nextAction = { description: rng.pick(NEXT_ACTIONS), dueDate: isoDate(due), done: due < AS_OF ? rng.chance(0.85) : false };
  }
  return {
    id, at: jstInstant(day, minute), channel, managerIds, repIds,
    summary: `${text}${said}${worries}`,
    reaction, concerns, nextAction,
  };
}

function* deals(w: World): Generator<JsonRecord> {
  const rng = new Rng(w.seed);
  const profileRng = new Rng(w.seed);
  let next = 1;
  let stream = 0;
  for (let c = 0; c < w.companies; c++) {
    const owners = w.compEntries[2 * c + 1] >= 0 ? 2 : 1;
    const scale = 1 + Math.log10(compSize(w, c)) / 3;
    for (let j = 0; j < w.compDeals[c]; j++) {
      rng.reseed(w.seed, STREAM.dealRecord, stream++);
      const e = w.compEntries[2 * c + rng.int(owners)];
      const first = w.pfContactStart[e];
      const r = w.pfContacts[first + rng.int(w.pfContactStart[e + 1] - first)];
      const lo = Math.max(w.pfSince[e], w.repStart[r]);
      const hi = w.compEnd[c] - 14;
      if (lo > hi) continue;
      yield dealRecord(w, `d${next++}`, c, e, r, rng.range(lo, hi), w.compEnd[c], scale, rng, repProfile(w, r, profileRng));
    }
  }
  // Deals a mover brought in at the former employer, with the manager they kept in touch with.
  for (let f = 0; f < w.formerTieCount; f++) {
    rng.reseed(w.seed, STREAM.formerDealRecord, f);
    if (!rng.chance(0.5)) continue;
    const r = w.formerTieRep[f];
    const e = w.formerTieEntry[f];
    const c = w.pfCompany[e];
    const scale = 1 + Math.log10(compSize(w, c)) / 3;
    const proposed = rng.range(w.formerTieFrom[f], w.formerTieUntil[f] - 14);
    yield dealRecord(w, `d${next++}`, c, e, r, proposed, w.compEnd[c], scale, rng, repProfile(w, r, profileRng));
  }
}

/** One deal: closed by `end` (the partner's last active day), or OPEN when it runs past AS_OF. */
function dealRecord(
  w: World, id: string, c: number, e: number, r: number, proposed: number, end: number, scale: number, rng: Rng, profile: RepProfile,
): JsonRecord {
  const product = productFor(rng, profile.expertise);
  const [, base, margin] = PRODUCTS.find((p) => p[0] === product)!;
  const amount = Math.max(100_000, Math.round((base * scale * Math.exp(0.7 * rng.normal())) / 10_000) * 10_000);
  const rate = Math.min(0.7, Math.max(0.05, margin + 0.08 * rng.normal()));
  const grossProfit = Math.min(amount - 10_000, Math.floor((amount * rate) / 1000) * 1000);
  let close = proposed + Math.round(20 + Math.exp(4.2 + 0.6 * rng.normal()));
  let stage: 'OPEN' | 'WON' | 'LOST';
  let lossReason: string | null = null;
  if (close > end) {
    if (end >= AS_OF) stage = 'OPEN';
    else {
      close = end;
      stage = 'LOST';
      lossReason = rng.chance(0.6) ? 'タイミング' : '予算不足';
    }
  } else {
    const matched = profile.expertise.includes(product);
    const pWin = 0.32 + (matched ? 0.15 : 0) + 0.25 * (trustOf(w, w.pfManager[e], w.managers + r) - 0.6);
    stage = rng.chance(pWin) ? 'WON' : 'LOST';
    if (stage === 'LOST') lossReason = LOSS_REASONS[rng.weighted(LOSS_REASON_CUM)];
  }
  return {
    id,
    companyId: companyId(c),
    repId: repId(r),
    managerId: managerId(w.pfManager[e]),
    product,
    amount,
    grossProfit,
    stage,
    proposedAt: isoDate(proposed),
    closedAt: stage === 'OPEN' ? null : isoDate(close),
    lossReason,
    // no random draw (the rest of the network stays as it was): each partner meets one rival per product
    competitor: lossReason === '競合' || lossReason === '価格' ? COMPETITORS[(c + PRODUCTS.findIndex((p) => p[0] === product)) % COMPETITORS.length] : null,
  };
}
