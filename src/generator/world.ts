/**
 * The compact model of a generated partner network: who works where since when, the org charts, the
 * portfolio, every relationship and introduction, and how many interactions and deals each partner gets.
 *
 * It lives in typed arrays (a few dozen bytes per person and per edge), so a million people fit in well
 * under a gigabyte; the records themselves (names, texts, titles) are derived from it one at a time when
 * the snapshot is written (see records.ts). Everything here is a pure function of (people, seed).
 */
import { AS_OF, FIRST_DAY, dayOf } from './calendar';
import { PairMap } from './pair-map';
import { PROFILE } from './profile';
import { Rng, cumulate, searchCumulative, seedFrom } from './random';
import { PREFECTURES, TEAMS, TEAM_ALLIANCES, TEAM_CENTRAL, TEAM_CHANNEL, TEAM_EAST, TEAM_WEST } from './vocabulary';

export interface ProgressEvent {
  phase: string;
  done: number;
  total: number;
}

export interface GeneratorOptions {
  /** Managers + reps. */
  people: number;
  seed: string | number;
  onProgress?: (event: ProgressEvent) => void;
}

/** Partner status codes, in the order of the contract's enumeration. */
export const STATUS_NAMES = ['PROSPECT', 'ACTIVE', 'DORMANT', 'TERMINATED'] as const;
export const PROSPECT = 0;
export const ACTIVE = 1;
export const DORMANT = 2;
export const TERMINATED = 3;

export const KIND_NAMES = ['BUSINESS', 'COLLEAGUE', 'FORMER_COLLEAGUE', 'PERSONAL'] as const;
export const BUSINESS = 0;
export const COLLEAGUE = 1;
export const FORMER_COLLEAGUE = 2;
export const PERSONAL = 3;

export const OUTCOME_NAMES = ['MET', 'DECLINED', 'PENDING'] as const;
const MET = 0;
const DECLINED = 1;
const PENDING = 2;

/** Random streams: one per purpose, reseeded per entity (see random.ts). */
export const STREAM = {
  sizes: 1, company: 2, assign: 3, tenure: 4, weight: 5, teams: 6, portfolio: 7, managerTies: 8, contacts: 9,
  formerManager: 10, boss: 11, intra: 12, former: 13, introductions: 14, global: 15, volumes: 16,
  companyRecord: 20, contractRecord: 21, managerRecord: 22, repProfile: 23, repRecord: 24, employmentRecord: 25,
  interactionRecord: 26, dealRecord: 27, introMeetingRecord: 28, formerInteractionRecord: 30, formerDealRecord: 31,
  overrideRecord: 32, targetRecord: 33, strategyRecord: 34,
} as const;

export interface World {
  seed: number;
  people: number;
  managers: number;
  reps: number;
  companies: number;

  // Companies. Current members are stored per company (CSR) in org-chart order: position 0 heads the
  // sales organisation, and position p > 0 reports to position floor((p - 1) / branch).
  compStart: Int32Array;
  members: Int32Array;
  compBranch: Uint8Array;
  compStatus: Uint8Array;
  compPrefecture: Uint8Array;
  compFounded: Uint16Array;
  /** First day anyone can work there (2015-01-01 or the founding). */
  compMinDay: Int32Array;
  /** Last day of activity with us: AS_OF for ACTIVE and PROSPECT partners. */
  compEnd: Int32Array;
  compTeam: Uint8Array;
  /** Portfolio entry indexes of the 1-2 owners, -1 for none: [2c], [2c + 1]. */
  compEntries: Int32Array;

  // Reps.
  repComp: Int32Array;
  repPos: Int32Array;
  /** First day at the current company. */
  repStart: Int32Array;
  /** Day of an internal change of role at the current company, 0 for none. */
  repTransfer: Int32Array;
  /** Past employers, most recent first: [2r], [2r + 1]; -1 for none. */
  pastComp: Int32Array;
  pastSince: Int32Array;
  pastUntil: Int32Array;
  repWeight: Float32Array;
  /** Cumulative weights over `members` (the order of the CSR), for weighted draws inside a company. */
  memberCum: Float64Array;

  // Managers.
  mgrTeam: Uint8Array;

  // Portfolio entries, grouped by company.
  pfCount: number;
  pfManager: Int32Array;
  pfCompany: Int32Array;
  pfSince: Int32Array;
  /** The reps each owner has business ties to at that company (CSR over entries). */
  pfContactStart: Int32Array;
  pfContacts: Int32Array;
  pfInteractions: Int32Array;
  compDeals: Int32Array;

  // Relationships (undirected; a is the lower person index).
  edgeCount: number;
  edgeA: Int32Array;
  edgeB: Int32Array;
  edgeKind: Uint8Array;
  /** Trust in hundredths. */
  edgeTrust: Uint8Array;
  edgeSince: Int32Array;
  pairs: PairMap;

  /**
   * Ties a mover kept with a manager who owned a former employer: the portfolio entry, and the window in
   * which they worked together (for the history of interactions and deals before the move).
   */
  formerTieCount: number;
  formerTieRep: Int32Array;
  formerTieEntry: Int32Array;
  formerTieFrom: Int32Array;
  formerTieUntil: Int32Array;

  // Introductions.
  introCount: number;
  introBy: Int32Array;
  introWho: Int32Array;
  introMgr: Int32Array;
  introDay: Int32Array;
  introOutcome: Uint8Array;
}

/** Global person index: managers first, then reps. */
export const repPerson = (w: World, r: number): number => w.managers + r;
export const personId = (w: World, g: number): string => (g < w.managers ? `m${g + 1}` : `r${g - w.managers + 1}`);

/** How many managers, reps and companies a network of `people` has. */
export function networkSizes(people: number): { managers: number; reps: number; companies: number } {
  if (!Number.isInteger(people) || people < PROFILE.minPeople) {
    throw new RangeError(`people must be an integer >= ${PROFILE.minPeople}, got ${people}`);
  }
  if (people > 10_000_000) throw new RangeError(`people must be at most 10,000,000, got ${people}`);
  const managers = Math.max(PROFILE.minManagers, Math.round(people * PROFILE.managerShare));
  const reps = people - managers;
  const companies = Math.min(reps, Math.max(PROFILE.minCompanies, Math.round(people / PROFILE.peoplePerCompany)));
  return { managers, reps, companies };
}

const prefectureCum = cumulate(PREFECTURES.map((p) => p[1]));

export function buildWorld(options: GeneratorOptions): World {
  const { managers: M, reps: R, companies: C } = networkSizes(options.people);
  const N = options.people;
  const seed = seedFrom(options.seed);
  const progress = options.onProgress ?? (() => undefined);
  const rng = new Rng(seed);

  // ---- Company sizes: heavy-tailed (Pareto by stratified quantiles), summing exactly to R. ----
  progress({ phase: 'companies', done: 0, total: C });
  rng.reseed(seed, STREAM.sizes, 0);
  const compSize = new Int32Array(C);
  {
    const raw = new Float64Array(C);
    let sum = 0;
    for (let i = 0; i < C; i++) {
      raw[i] = Math.pow((i + 0.5) / C, -1 / PROFILE.companySizeAlpha) * (0.7 + 0.6 * rng.float());
      sum += raw[i];
    }
    let assigned = 0;
    for (let i = 0; i < C; i++) {
      compSize[i] = Math.max(1, Math.floor((raw[i] * R) / sum));
      assigned += compSize[i];
    }
    while (assigned < R) {
      compSize[rng.int(C)]++;
      assigned++;
    }
    while (assigned > R) {
      const i = rng.int(C);
      if (compSize[i] > 1) {
        compSize[i]--;
        assigned--;
      }
    }
    rng.shuffle(compSize);
  }
  const compStart = new Int32Array(C + 1);
  for (let c = 0; c < C; c++) compStart[c + 1] = compStart[c] + compSize[c];

  // ---- Company attributes. ----
  const compBranch = new Uint8Array(C);
  const compStatus = new Uint8Array(C);
  const compPrefecture = new Uint8Array(C);
  const compFounded = new Uint16Array(C);
  const compMinDay = new Int32Array(C);
  const compEnd = new Int32Array(C);
  for (let c = 0; c < C; c++) {
    rng.reseed(seed, STREAM.company, c);
    const size = compSize[c];
    compBranch[c] = rng.range(3, 7);
    compPrefecture[c] = rng.weighted(prefectureCum);
    const pActive = 0.5 + 0.3 * Math.min(1, Math.log10(size) / 3);
    const u = rng.float();
    const rest = (u - pActive) / (1 - pActive);
    compStatus[c] = u < pActive ? ACTIVE : rest < 0.4 ? PROSPECT : rest < 0.75 ? DORMANT : TERMINATED;
    const young = size <= 30 && rng.chance(0.12);
    if (young) {
      compFounded[c] = rng.range(2015, 2022);
      compMinDay[c] = dayOf(compFounded[c], 4, 1);
    } else {
      const oldest = size >= 200 ? 1950 : size >= 30 ? 1960 : 1975;
      compFounded[c] = rng.range(oldest, 2014);
      compMinDay[c] = FIRST_DAY;
    }
    let end = AS_OF;
    if (compStatus[c] === DORMANT) end = rng.range(dayOf(2022, 1, 1), dayOf(2025, 12, 31));
    if (compStatus[c] === TERMINATED) end = rng.range(dayOf(2019, 1, 1), dayOf(2025, 9, 30));
    compEnd[c] = Math.min(AS_OF, Math.max(end, compMinDay[c] + 540));
  }
  const compCum = new Float64Array(C);
  {
    let total = 0;
    for (let c = 0; c < C; c++) compCum[c] = total += compSize[c];
  }

  // ---- Who works where: a random permutation of reps fills the companies. ----
  progress({ phase: 'employments', done: 0, total: R });
  const members = new Int32Array(R);
  for (let i = 0; i < R; i++) members[i] = i;
  rng.reseed(seed, STREAM.assign, 0).shuffle(members);
  const repComp = new Int32Array(R);
  const repPos = new Int32Array(R);
  for (let c = 0; c < C; c++) {
    for (let k = compStart[c]; k < compStart[c + 1]; k++) {
      repComp[members[k]] = c;
      repPos[members[k]] = k - compStart[c];
    }
  }
  const hasReports = (r: number): boolean => {
    const c = repComp[r];
    return repPos[r] * compBranch[c] + 1 < compSize[c];
  };

  // ---- Tenures: current employment, moves between partners (dates chained), internal transfers. ----
  const repStart = new Int32Array(R);
  const repTransfer = new Int32Array(R);
  const pastComp = new Int32Array(2 * R).fill(-1);
  const pastSince = new Int32Array(2 * R);
  const pastUntil = new Int32Array(2 * R);
  const pickFormerEmployer = (exclude1: number, exclude2: number): number => {
    for (let t = 0; t < 8; t++) {
      const p = rng.weighted(compCum);
      if (p !== exclude1 && p !== exclude2 && compMinDay[p] === FIRST_DAY) return p;
    }
    return -1;
  };
  for (let r = 0; r < R; r++) {
    rng.reseed(seed, STREAM.tenure, r);
    const c = repComp[r];
    const lo = compMinDay[c];
    const hi = AS_OF - 30;
    const p1 = C > 1 && rng.chance(PROFILE.moverShare) ? pickFormerEmployer(c, -1) : -1;
    if (p1 >= 0) {
      const start = rng.range(Math.max(lo, FIRST_DAY + 400), hi);
      const until1 = start - (rng.chance(0.3) ? 0 : rng.range(1, 120));
      let since1 = until1 - rng.range(180, 2600);
      if (since1 < FIRST_DAY) since1 = FIRST_DAY + rng.int(until1 - FIRST_DAY - 90);
      repStart[r] = start;
      pastComp[2 * r] = p1;
      pastSince[2 * r] = since1;
      pastUntil[2 * r] = until1;
      if (rng.chance(PROFILE.twoMovesShare)) {
        const p2 = pickFormerEmployer(c, p1);
        const until2 = since1 - rng.range(0, 90);
        const since2 = until2 - rng.range(180, 1800);
        if (p2 >= 0 && since2 >= FIRST_DAY) {
          pastComp[2 * r + 1] = p2;
          pastSince[2 * r + 1] = since2;
          pastUntil[2 * r + 1] = until2;
        }
      }
    } else {
      // People who lead others tend to have been there longer.
      const u = hasReports(r) ? rng.float() * rng.float() : rng.float();
      repStart[r] = lo + Math.floor(u * (hi - lo));
    }
    if (rng.chance(PROFILE.transferShare) && hi - repStart[r] > 400) repTransfer[r] = rng.range(repStart[r] + 180, hi);
  }

  // ---- Sociability: a heavy-tailed weight; leaders know more people. ----
  const repWeight = new Float32Array(R);
  const memberCum = new Float64Array(R);
  {
    for (let r = 0; r < R; r++) {
      rng.reseed(seed, STREAM.weight, r);
      const w = Math.min(PROFILE.sociabilityCap, Math.pow(1 - rng.float(), -1 / PROFILE.sociabilityAlpha));
      repWeight[r] = hasReports(r) ? w * 1.5 : w;
    }
    let total = 0;
    for (let k = 0; k < R; k++) memberCum[k] = total += repWeight[members[k]];
  }
  /** A current member of company c, drawn by sociability. */
  const drawMember = (c: number): number => {
    const lo = compStart[c];
    const hi = compStart[c + 1];
    const base = lo === 0 ? 0 : memberCum[lo - 1];
    return members[searchCumulative(memberCum, lo, hi, base + rng.float() * (memberCum[hi - 1] - base))];
  };
  const bossOf = (r: number): number => {
    const c = repComp[r];
    return members[compStart[c] + Math.floor((repPos[r] - 1) / compBranch[c])];
  };

  // ---- Teams: regions, the biggest partners to Alliances, prospects to Channel Development. ----
  progress({ phase: 'portfolio', done: 0, total: C });
  const teamCount = Math.min(TEAMS.length, M);
  const compTeam = new Uint8Array(C);
  {
    const sorted = Int32Array.from(compSize).sort();
    const allianceFloor = Math.max(50, sorted[Math.max(0, C - 1 - Math.floor(C * 0.03))]);
    for (let c = 0; c < C; c++) {
      const region = PREFECTURES[compPrefecture[c]][3];
      let team = region === 'east' ? TEAM_EAST : region === 'west' ? TEAM_WEST : TEAM_CENTRAL;
      if (compStatus[c] === PROSPECT) team = TEAM_CHANNEL;
      if (compSize[c] >= allianceFloor) team = TEAM_ALLIANCES;
      if (team >= teamCount) team = team === TEAM_CENTRAL ? TEAM_EAST : region === 'west' ? TEAM_WEST : TEAM_EAST;
      if (team >= teamCount) team = TEAM_EAST;
      compTeam[c] = team;
    }
  }
  // Managers per team in proportion to the team's partners, at least one for every team with partners.
  const mgrTeam = new Uint8Array(M);
  const teamManagers: number[][] = [];
  {
    const perTeam = new Array<number>(teamCount).fill(0);
    for (let c = 0; c < C; c++) perTeam[compTeam[c]]++;
    const nonEmpty = perTeam.filter((n) => n > 0).length;
    const quota = perTeam.map((n): number => (n > 0 ? 1 : 0));
    const spare = M - nonEmpty;
    const exact = perTeam.map((n) => (n / C) * spare);
    for (let t = 0; t < teamCount; t++) quota[t] += Math.floor(exact[t]);
    const order = [...exact.keys()].sort((x, y) => exact[y] - Math.floor(exact[y]) - (exact[x] - Math.floor(exact[x])) || x - y);
    let left = M - quota.reduce((s, n) => s + n, 0);
    for (let i = 0; left > 0; i = (i + 1) % teamCount) {
      if (perTeam[order[i]] > 0) {
        quota[order[i]]++;
        left--;
      }
    }
    const ids = new Int32Array(M);
    for (let m = 0; m < M; m++) ids[m] = m;
    rng.reseed(seed, STREAM.teams, 0).shuffle(ids);
    let k = 0;
    for (let t = 0; t < teamCount; t++) {
      teamManagers.push([]);
      for (let i = 0; i < quota[t]; i++) {
        mgrTeam[ids[k]] = t;
        teamManagers[t].push(ids[k++]);
      }
      teamManagers[t].sort((x, y) => x - y);
    }
  }

  // ---- Portfolio: every partner has a primary owner from its team (round-robin) and maybe a second. ----
  const owner1 = new Int32Array(C).fill(-1);
  const owner2 = new Int32Array(C).fill(-1);
  {
    rng.reseed(seed, STREAM.portfolio, 0);
    const owned = new Int32Array(M);
    for (let t = 0; t < teamCount; t++) {
      const mgrs = teamManagers[t];
      if (mgrs.length === 0) continue;
      const comps: number[] = [];
      for (let c = 0; c < C; c++) if (compTeam[c] === t) comps.push(c);
      rng.shuffle(comps);
      comps.forEach((c, j) => {
        owner1[c] = mgrs[j % mgrs.length];
        owned[owner1[c]]++;
      });
    }
    for (let c = 0; c < C; c++) {
      if (M < 2 || !rng.chance(compSize[c] >= 100 ? 0.6 : 0.25)) continue;
      const mates = teamManagers[compTeam[c]];
      let m = mates.length >= 2 ? mates[rng.int(mates.length)] : rng.int(M);
      if (m === owner1[c]) m = mates.length >= 2 ? mates[(mates.indexOf(m) + 1) % mates.length] : (m + 1) % M;
      owner2[c] = m;
      owned[m]++;
    }
    // A manager left without partners (a tiny network) co-owns one that has a single owner.
    for (let m = 0; m < M; m++) {
      if (owned[m] > 0) continue;
      let best = -1;
      for (let c = 0; c < C; c++) {
        if (owner2[c] !== -1 || owner1[c] === m) continue;
        if (best === -1 || (compTeam[c] === mgrTeam[m] && compTeam[best] !== mgrTeam[m])) best = c;
      }
      if (best >= 0) {
        owner2[best] = m;
        owned[m]++;
      }
    }
  }
  const compEntries = new Int32Array(2 * C).fill(-1);
  let pfCount = 0;
  for (let c = 0; c < C; c++) pfCount += owner2[c] >= 0 ? 2 : 1;
  const pfManager = new Int32Array(pfCount);
  const pfCompany = new Int32Array(pfCount);
  const pfSince = new Int32Array(pfCount);
  {
    let e = 0;
    for (let c = 0; c < C; c++) {
      rng.reseed(seed, STREAM.portfolio, c + 1);
      const lo = compMinDay[c];
      const end = Math.min(compEnd[c], AS_OF);
      const first = compStatus[c] === PROSPECT ? rng.range(Math.max(lo, AS_OF - 720), AS_OF - 60) : rng.range(lo, Math.max(lo, end - 180));
      compEntries[2 * c] = e;
      pfManager[e] = owner1[c];
      pfCompany[e] = c;
      pfSince[e++] = first;
      if (owner2[c] >= 0) {
        compEntries[2 * c + 1] = e;
        pfManager[e] = owner2[c];
        pfCompany[e] = c;
        pfSince[e++] = rng.range(first, Math.max(first, end - 90));
      }
    }
  }

  // ---- Relationships. ----
  const target = Math.round((PROFILE.averageDegree * N) / 2);
  let capacity = Math.ceil(target * 1.05) + 1024;
  let edgeA = new Int32Array(capacity);
  let edgeB = new Int32Array(capacity);
  let edgeKind = new Uint8Array(capacity);
  let edgeTrust = new Uint8Array(capacity);
  let edgeSince = new Int32Array(capacity);
  let edgeCount = 0;
  const pairs = new PairMap(N, capacity);
  const addEdge = (x: number, y: number, kind: number, trust: number, since: number): boolean => {
    if (x === y || !pairs.add(x, y, edgeCount)) return false;
    if (edgeCount === capacity) {
      capacity = Math.ceil(capacity * 1.5);
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(capacity);
        b.set(a);
        return b;
      };
      edgeA = grow(edgeA, (n) => new Int32Array(n));
      edgeB = grow(edgeB, (n) => new Int32Array(n));
      edgeKind = grow(edgeKind, (n) => new Uint8Array(n));
      edgeTrust = grow(edgeTrust, (n) => new Uint8Array(n));
      edgeSince = grow(edgeSince, (n) => new Int32Array(n));
    }
    edgeA[edgeCount] = Math.min(x, y);
    edgeB[edgeCount] = Math.max(x, y);
    edgeKind[edgeCount] = kind;
    edgeTrust[edgeCount] = Math.max(0, Math.min(100, Math.round(trust * 100)));
    edgeSince[edgeCount] = Math.min(AS_OF, since);
    edgeCount++;
    return true;
  };
  const report = (phase: string): void => progress({ phase, done: edgeCount, total: target });

  // Our managers know their teammates.
  report('relationships: managers');
  for (let m = 0; m < M; m++) {
    rng.reseed(seed, STREAM.managerTies, m);
    const mates = teamManagers[mgrTeam[m]];
    const k = Math.min(mates.length - 1, rng.range(2, 4));
    for (let i = 0; i < k; i++) {
      const other = mates[rng.int(mates.length)];
      addEdge(m, other, COLLEAGUE, rng.beta(6, 2.5), rng.range(FIRST_DAY, AS_OF - 30));
    }
    if (M > mates.length && rng.chance(0.3)) addEdge(m, rng.int(M), COLLEAGUE, rng.beta(4, 3), rng.range(FIRST_DAY, AS_OF - 30));
  }

  // Business ties: every owner knows several people at each partner, the head of sales most often.
  report('relationships: business');
  const contacts: number[] = [];
  const pfContactStart = new Int32Array(pfCount + 1);
  for (let e = 0; e < pfCount; e++) {
    rng.reseed(seed, STREAM.contacts, e);
    const c = pfCompany[e];
    const size = compSize[c];
    const want = Math.min(size, 2 + Math.floor(Math.log2(size)) + rng.int(3));
    const chosen: number[] = [];
    if (rng.chance(0.85)) chosen.push(members[compStart[c]]);
    for (let tries = 0; chosen.length < want && tries < want * 8; tries++) {
      const r = drawMember(c);
      if (!chosen.includes(r)) chosen.push(r);
    }
    if (chosen.length === 0) chosen.push(members[compStart[c]]);
    const m = pfManager[e];
    for (const r of chosen) {
      contacts.push(r);
      addEdge(m, M + r, BUSINESS, rng.beta(5, 3), Math.max(pfSince[e], repStart[r]) + rng.int(180));
    }
    pfContactStart[e + 1] = contacts.length;
  }
  const pfContacts = Int32Array.from(contacts);
  contacts.length = 0;

  // A mover may keep the tie to a manager who owned the former employer.
  const formerTies = { rep: [] as number[], entry: [] as number[], from: [] as number[], until: [] as number[] };
  for (let r = 0; r < R; r++) {
    const p = pastComp[2 * r];
    if (p < 0) continue;
    rng.reseed(seed, STREAM.formerManager, r);
    if (!rng.chance(PROFILE.formerManagerTieShare)) continue;
    const e = compEntries[2 * p + (compEntries[2 * p + 1] >= 0 && rng.chance(0.5) ? 1 : 0)];
    const lo = Math.max(pfSince[e], pastSince[2 * r]);
    const hi = Math.min(pastUntil[2 * r], compEnd[p]);
    if (lo + 30 < hi && addEdge(pfManager[e], M + r, BUSINESS, rng.beta(4.5, 3), rng.range(lo, lo + Math.floor((hi - lo) / 2)))) {
      formerTies.rep.push(r);
      formerTies.entry.push(e);
      formerTies.from.push(lo);
      formerTies.until.push(hi);
    }
  }

  // The org chart: most people have a recorded tie to their boss.
  report('relationships: org charts');
  for (let r = 0; r < R; r++) {
    if (repPos[r] === 0) continue;
    rng.reseed(seed, STREAM.boss, r);
    if (!rng.chance(PROFILE.bossTieShare)) continue;
    const b = bossOf(r);
    addEdge(M + r, M + b, COLLEAGUE, rng.beta(7, 3), Math.max(repStart[r], repStart[b]) + rng.int(90));
  }

  // Colleagues: dense inside a company, densest inside a team (same boss).
  report('relationships: colleagues');
  for (let c = 0; c < C; c++) {
    const size = compSize[c];
    if (size < 3) continue;
    rng.reseed(seed, STREAM.intra, c);
    const free = (size * (size - 1)) / 2 - (size - 1);
    const cap = Math.floor(free * 0.6);
    const want = Math.min(cap, Math.round((size * PROFILE.colleagueDegree) / 2));
    const b = compBranch[c];
    const start = compStart[c];
    let made = 0;
    for (let tries = 0; made < want && tries < want * 4; tries++) {
      const u = drawMember(c);
      let v: number;
      if (rng.chance(0.4) && repPos[u] > 0) {
        // A teammate (same boss); the more sociable of two draws, so teams have their hubs too.
        const parent = Math.floor((repPos[u] - 1) / b);
        const first = parent * b + 1;
        const last = Math.min(size - 1, parent * b + b);
        const v1 = members[start + rng.range(first, last)];
        const v2 = members[start + rng.range(first, last)];
        v = repWeight[v1] >= repWeight[v2] ? v1 : v2;
      } else {
        v = drawMember(c);
      }
      if (addEdge(M + u, M + v, COLLEAGUE, rng.beta(6, 3), Math.max(repStart[u], repStart[v]) + rng.int(365))) made++;
    }
    if ((c & 1023) === 0) report('relationships: colleagues');
  }

  // Former colleagues: a mover stays in touch with a few people at each former employer.
  report('relationships: former colleagues');
  for (let r = 0; r < R; r++) {
    if (pastComp[2 * r] < 0) continue;
    rng.reseed(seed, STREAM.former, r);
    for (let s = 0; s < 2; s++) {
      const p = pastComp[2 * r + s];
      if (p < 0) continue;
      const k = rng.range(1, 3) + (repWeight[r] > 3 ? 1 : 0);
      for (let i = 0; i < k; i++) {
        for (let tries = 0; tries < 6; tries++) {
          const j = drawMember(p);
          const from = Math.max(repStart[j], pastSince[2 * r + s]);
          const until = pastUntil[2 * r + s];
          if (from < until - 30) {
            addEdge(M + r, M + j, FORMER_COLLEAGUE, rng.beta(5, 3.5), from + rng.int(until - from));
            break;
          }
        }
      }
    }
  }

  // ---- Introductions: a business contact introduces someone they know; a meeting makes a new tie. ----
  report('introductions');
  const intro = { by: [] as number[], who: [] as number[], mgr: [] as number[], day: [] as number[], outcome: [] as number[] };
  {
    const degree = new Int32Array(N + 1);
    for (let i = 0; i < edgeCount; i++) {
      degree[edgeA[i] + 1]++;
      degree[edgeB[i] + 1]++;
    }
    for (let g = 0; g < N; g++) degree[g + 1] += degree[g];
    const adjStart = degree;
    const fill = adjStart.slice(0, N);
    const adjacency = new Int32Array(2 * edgeCount);
    for (let i = 0; i < edgeCount; i++) {
      adjacency[fill[edgeA[i]]++] = edgeB[i];
      adjacency[fill[edgeB[i]]++] = edgeA[i];
    }
    for (let e = 0; e < pfCount; e++) {
      const m = pfManager[e];
      for (let k = pfContactStart[e]; k < pfContactStart[e + 1]; k++) {
        rng.reseed(seed, STREAM.introductions, k);
        if (!rng.chance(PROFILE.introductionShare)) continue;
        const r = M + pfContacts[k];
        const from = adjStart[r];
        const deg = adjStart[r + 1] - from;
        if (deg === 0) continue;
        const times = rng.chance(0.2) ? 2 : 1;
        let previous = -1;
        for (let t = 0; t < times; t++) {
          for (let tries = 0; tries < 5; tries++) {
            const x = adjacency[from + rng.int(deg)];
            if (x < M || x === previous || pairs.has(m, x)) continue;
            const lo = Math.max(edgeSince[pairs.get(m, r)], edgeSince[pairs.get(r, x)]);
            if (lo >= AS_OF) break;
            const day = rng.range(lo, AS_OF);
            const u = rng.float();
            const outcome = day > AS_OF - 60 ? (u < 0.7 ? PENDING : MET) : u < 0.68 ? MET : u < 0.88 ? DECLINED : PENDING;
            intro.by.push(r);
            intro.who.push(x);
            intro.mgr.push(m);
            intro.day.push(day);
            intro.outcome.push(outcome);
            if (outcome === MET) addEdge(m, x, BUSINESS, rng.beta(4, 3), day + rng.int(21));
            previous = x;
            break;
          }
        }
      }
    }
  }

  // ---- Acquaintances across the network, by sociability, up to the target degree. ----
  report('relationships: acquaintances');
  {
    rng.reseed(seed, STREAM.global, 0);
    const total = memberCum[R - 1];
    const draw = (): number => members[searchCumulative(memberCum, 0, R, rng.float() * total)];
    let budget = 4 * Math.max(0, target - edgeCount) + 1000;
    while (edgeCount < target && budget-- > 0) {
      const u = draw();
      const v = draw();
      if (u === v) continue;
      const shared = sharedPast(u, v);
      let kind = PERSONAL;
      let since: number;
      let trust: number;
      if (repComp[u] === repComp[v]) {
        kind = COLLEAGUE;
        since = Math.max(repStart[u], repStart[v]) + rng.int(365);
        trust = rng.beta(6, 3);
      } else if (shared >= 0) {
        kind = FORMER_COLLEAGUE;
        since = shared + rng.int(120);
        trust = rng.beta(5, 3.5);
      } else {
        since = rng.range(FIRST_DAY, AS_OF - 7);
        trust = rng.beta(3, 4);
      }
      addEdge(M + u, M + v, kind, trust, since);
      if ((edgeCount & 0xffff) === 0) report('relationships: acquaintances');
    }
  }
  report('relationships: done');

  /**
   * The first day two reps both worked at a company where at least one of them no longer works, or -1.
   * (Both being there now is the COLLEAGUE case, handled before.)
   */
  function sharedPast(u: number, v: number): number {
    let best = -1;
    for (let i = -1; i < 2; i++) {
      const cu = i < 0 ? repComp[u] : pastComp[2 * u + i];
      if (cu < 0) continue;
      const su = i < 0 ? repStart[u] : pastSince[2 * u + i];
      const eu = i < 0 ? AS_OF : pastUntil[2 * u + i];
      for (let j = -1; j < 2; j++) {
        if (i < 0 && j < 0) continue;
        const cv = j < 0 ? repComp[v] : pastComp[2 * v + j];
        if (cv !== cu) continue;
        const from = Math.max(su, j < 0 ? repStart[v] : pastSince[2 * v + j]);
        const until = Math.min(eu, j < 0 ? AS_OF : pastUntil[2 * v + j]);
        if (from < until && (best < 0 || from < best)) best = from;
      }
    }
    return best;
  }

  // ---- How many interactions each owner has with each partner, and deals per partner. ----
  progress({ phase: 'volumes', done: 0, total: pfCount });
  rng.reseed(seed, STREAM.volumes, 0);
  const statusActivity = [0.6, 1, 0.5, 0.35];
  const pfInteractions = new Int32Array(pfCount);
  {
    const weights = new Float64Array(pfCount);
    let sum = 0;
    for (let e = 0; e < pfCount; e++) {
      const c = pfCompany[e];
      const years = Math.max(0.1, (compEnd[c] - pfSince[e]) / 365);
      weights[e] = statusActivity[compStatus[c]] * (1 + Math.log2(compSize[c])) * years;
      sum += weights[e];
    }
    const total = Math.round(PROFILE.interactionsPerPerson * N);
    for (let e = 0; e < pfCount; e++) pfInteractions[e] = Math.floor((total * weights[e]) / sum + rng.float());
  }
  const compDeals = new Int32Array(C);
  {
    const statusDeals = [0.2, 1, 0.6, 0.5];
    const weights = new Float64Array(C);
    let sum = 0;
    for (let c = 0; c < C; c++) {
      const years = Math.max(0.1, (compEnd[c] - pfSince[compEntries[2 * c]]) / 365);
      weights[c] = statusDeals[compStatus[c]] * Math.pow(compSize[c], 0.7) * years;
      sum += weights[c];
    }
    const total = Math.round(PROFILE.dealsPerPerson * N);
    for (let c = 0; c < C; c++) compDeals[c] = Math.floor((total * weights[c]) / sum + rng.float());
  }
  progress({ phase: 'model ready', done: edgeCount, total: target });

  return {
    seed, people: N, managers: M, reps: R, companies: C,
    compStart, members, compBranch, compStatus, compPrefecture, compFounded, compMinDay, compEnd, compTeam, compEntries,
    repComp, repPos, repStart, repTransfer, pastComp, pastSince, pastUntil, repWeight, memberCum,
    mgrTeam,
    pfCount, pfManager, pfCompany, pfSince, pfContactStart, pfContacts, pfInteractions, compDeals,
    edgeCount, edgeA, edgeB, edgeKind, edgeTrust, edgeSince, pairs,
    formerTieCount: formerTies.rep.length,
    formerTieRep: Int32Array.from(formerTies.rep),
    formerTieEntry: Int32Array.from(formerTies.entry),
    formerTieFrom: Int32Array.from(formerTies.from),
    formerTieUntil: Int32Array.from(formerTies.until),
    introCount: intro.by.length,
    introBy: Int32Array.from(intro.by),
    introWho: Int32Array.from(intro.who),
    introMgr: Int32Array.from(intro.mgr),
    introDay: Int32Array.from(intro.day),
    introOutcome: Uint8Array.from(intro.outcome),
  };
}
