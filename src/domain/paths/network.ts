import { type Employment, isCurrent } from '@/domain/employment/employment';
import { type Introduction } from '@/domain/introduction/introduction';
import { type DealFact } from '@/domain/key-persons/key-persons';
import {
  type EffectiveTrust, type Evidence, type TrustOverride, dealSignal, effectiveTrust, evidenceMillis, interactionSignal, introductionSignal,
} from './effective-trust';
import { type LastContact } from './reasons';
import { type Adjacency, type IndexedGraph, type Neighbour, type NeighbourSource, PersonIndex, pairKey, toAdjacency } from './trust-graph';

const DAY_MS = 24 * 60 * 60_000;

/**
 * What warm paths need to know about the people network, in memory: people, where they work, their recorded
 * relationships, and the interactions, deals and introductions between them (the evidence of effective
 * trust). A store read fills it (the whole graph for the cache, or neighbourhoods for one search); writes
 * are applied to it record by record. No I/O here.
 */

export interface PersonInfo {
  id: string;
  name: string;
  kind: 'MANAGER' | 'REP';
  team: string | null;
}

export interface TieRecord {
  a: string;
  b: string;
  trust: number;
  recordedAt: string;
  kind: string | null;
  since: string | null;
}

export interface InteractionRecord {
  id: string;
  at: string;
  atMillis: number;
  channel: string | null;
  reaction: string | null;
  participants: string[];
}

export interface DealRecord {
  id: string;
  repId: string | null;
  managerId: string | null;
  stage: string;
  closedAt: string | null;
  proposedAt: string | null;
}

/** The day a deal counts from: when it closed, else when it was proposed. */
export const dealDay = (d: DealRecord): string | null => d.closedAt ?? d.proposedAt;

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function removeFrom<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}

export class Network implements IndexedGraph, NeighbourSource {
  readonly people = new Map<string, PersonInfo>();
  readonly companies = new Map<string, string>();
  private readonly managerIds = new Set<string>();
  private readonly employments = new Map<string, Employment>();
  private readonly employmentsOf = new Map<string, string[]>();
  private readonly employeesOf = new Map<string, string[]>();
  private readonly ties = new Map<string, TieRecord>();
  private readonly tiesOf = new Map<string, string[]>();
  /**
   * Each person's tie records, in the order of `tiesOf` (the same index holds the same contact): key persons read a
   * whole company's ties, and finding each by its pair key (a string made per tie) was the largest part of building a
   * 690-person company's subgraph (a CPU profile at 100,000 people).
   */
  private readonly tieRecordsOf = new Map<string, TieRecord[]>();
  private readonly interactions = new Map<string, InteractionRecord>();
  /** Interaction ids per person (only interactions with two people or more). */
  private readonly interactionsOf = new Map<string, string[]>();
  private readonly deals = new Map<string, DealRecord>();
  private readonly dealsOfPair = new Map<string, string[]>();
  private readonly introductions = new Map<string, Introduction>();
  private readonly introductionsOfPair = new Map<string, string[]>();
  /** People with an introduced tie (a MET introduction, no recorded relationship needed), both ways. */
  private readonly introducedOf = new Map<string, string[]>();
  /** Introduction ids per introducer (key persons read a company's members' introductions). */
  private readonly introductionsBy = new Map<string, string[]>();
  /** Reports-to links (key persons' org chart), both ways: each rep's bosses and each boss's reports. */
  private readonly bossesOf = new Map<string, string[]>();
  private readonly reportsOf = new Map<string, string[]>();
  /** Every deal with a company, as key persons read it (DealFact), and the companies each is with (DEAL_WITH). */
  private readonly companyDeals = new Map<string, { fact: DealFact; companyIds: string[] }>();
  private readonly dealsOfCompany = new Map<string, string[]>();
  /** Trust overrides (overrideTrust) per pair. */
  private readonly overrides = new Map<string, TrustOverride>();
  private readonly trustMemo = new Map<string, EffectiveTrust | null>();
  /** Indexes of everyone with a tie (what the search runs on), and each one's ties as typed arrays. */
  private readonly index = new PersonIndex();
  private readonly adjacencyMemo: (Adjacency | undefined)[] = [];
  private bulk = false;
  /** The last instant (ms) of the day questions are asked on: evidence dated later is not counted. */
  private asOfEnd = Infinity;
  /** That day, YYYY-MM-DD (null until asOf is called: then nothing fades). Trust fades by it (effective-trust.ts, rule 4). */
  private asOfDay: string | null = null;

  /**
   * The day (YYYY-MM-DD) questions are asked on: evidence dated after it never counts (a record dated in the future
   * would otherwise stay "newer" than every later recording of the tie), and trust fades by it. A new day forgets
   * the memoised trust and adjacency, so every value held is the one of the day last set.
   */
  asOf(today: string): void {
    const end = evidenceMillis(today) + DAY_MS - 1;
    if (Number.isNaN(end) || end === this.asOfEnd) return;
    this.asOfEnd = end;
    this.asOfDay = new Date(end).toISOString().slice(0, 10);
    this.trustMemo.clear();
    this.adjacencyMemo.length = 0;
  }

  /** The day questions are asked on (null: none set). */
  get day(): string | null {
    return this.asOfDay;
  }

  private counts(millis: number): boolean {
    return millis <= this.asOfEnd;
  }

  /**
   * Loads many records at once: `fill` adds them unsorted and without invalidating anything, then each
   * person's interactions are sorted once (instead of one sorted insert per record).
   */
  bulkLoad(fill: () => void): void {
    this.bulk = true;
    try {
      fill();
    } finally {
      this.bulk = false;
      for (const list of this.interactionsOf.values()) list.sort((x, y) => this.byTimeDesc(x, y));
      this.trustMemo.clear();
      this.adjacencyMemo.length = 0;
    }
  }

  private byTimeDesc(x: string, y: string): number {
    const a = this.interactions.get(x)!;
    const b = this.interactions.get(y)!;
    return b.atMillis - a.atMillis || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }

  // ------------------------------------------------------------------ people, companies, employment
  upsertPerson(p: PersonInfo): void {
    this.people.set(p.id, p);
    if (p.kind === 'MANAGER') this.managerIds.add(p.id);
    else this.managerIds.delete(p.id);
  }

  /** A person deleted with everything attached to them (the store deletes their edges with them). */
  removePerson(id: string): void {
    this.people.delete(id);
    this.managerIds.delete(id);
    for (const e of [...(this.employmentsOf.get(id) ?? [])]) this.removeEmployment(e);
    for (const other of [...(this.tiesOf.get(id) ?? [])]) this.removeTie(id, other);
    for (const iid of [...(this.interactionsOf.get(id) ?? [])]) {
      const i = this.interactions.get(iid);
      if (i) this.setParticipants(iid, i.participants.filter((p) => p !== id));
    }
    for (const x of [...this.introductions.values()]) {
      if (x.introducerId === id || x.introducedId === id) this.removeIntroduction(x.id);
    }
    for (const boss of [...(this.bossesOf.get(id) ?? [])]) this.removeReportsTo(id, boss);
    for (const rep of [...(this.reportsOf.get(id) ?? [])]) this.removeReportsTo(rep, id);
    this.touchPerson(id);
  }

  upsertCompany(id: string, name: string): void {
    this.companies.set(id, name);
  }

  /** A company deleted with its edges: its employments, and its deals' links to it (the deals stay). */
  removeCompany(id: string): void {
    this.companies.delete(id);
    for (const e of [...this.employments.values()]) if (e.companyId === id) this.removeEmployment(e.id);
    for (const d of [...(this.dealsOfCompany.get(id) ?? [])]) {
      const held = this.companyDeals.get(d);
      if (held) this.upsertCompanyDeal(held.fact, held.companyIds.filter((c) => c !== id));
    }
  }

  upsertEmployment(e: Employment): void {
    this.removeEmployment(e.id);
    this.employments.set(e.id, e);
    addTo(this.employmentsOf, e.repId, e.id);
    addTo(this.employeesOf, e.companyId, e.id);
  }

  removeEmployment(id: string): void {
    const e = this.employments.get(id);
    if (!e) return;
    this.employments.delete(id);
    removeFrom(this.employmentsOf, e.repId, id);
    removeFrom(this.employeesOf, e.companyId, id);
  }

  employmentsOfPerson(id: string): Employment[] {
    return (this.employmentsOf.get(id) ?? []).map((e) => this.employments.get(e)!);
  }

  /** People who work at the company on `today`. */
  currentEmployees(companyId: string, today: string): string[] {
    const ids = (this.employeesOf.get(companyId) ?? []).map((e) => this.employments.get(e)!).filter((e) => isCurrent(e, today)).map((e) => e.repId);
    return [...new Set(ids)];
  }

  /** Every employment record at the company (current or not), for readers outside warm paths (key persons). */
  employmentsAtCompany(companyId: string): Employment[] {
    return (this.employeesOf.get(companyId) ?? []).map((e) => this.employments.get(e)!);
  }

  // ------------------------------------------------------------------ key persons' records: org chart, company deals
  /** A reports-to link (stored once per pair and direction: the store MERGEs it). */
  upsertReportsTo(repId: string, bossId: string): void {
    if ((this.bossesOf.get(repId) ?? []).includes(bossId)) return;
    addTo(this.bossesOf, repId, bossId);
    addTo(this.reportsOf, bossId, repId);
  }

  removeReportsTo(repId: string, bossId: string): void {
    if (!(this.bossesOf.get(repId) ?? []).includes(bossId)) return;
    removeFrom(this.bossesOf, repId, bossId);
    removeFrom(this.reportsOf, bossId, repId);
  }

  /** Whom `repId` reports to. */
  bossesOfPerson(repId: string): readonly string[] {
    return this.bossesOf.get(repId) ?? [];
  }

  /** A deal as key persons read it, with the companies it is with (none: it is held no more). */
  upsertCompanyDeal(fact: DealFact, companyIds: readonly string[]): void {
    this.removeCompanyDeal(fact.id);
    const unique = [...new Set(companyIds)];
    if (unique.length === 0) return;
    this.companyDeals.set(fact.id, { fact, companyIds: unique });
    for (const c of unique) addTo(this.dealsOfCompany, c, fact.id);
  }

  removeCompanyDeal(id: string): void {
    const held = this.companyDeals.get(id);
    if (!held) return;
    this.companyDeals.delete(id);
    for (const c of held.companyIds) removeFrom(this.dealsOfCompany, c, id);
  }

  /** Every deal with the company. */
  dealsWithCompany(companyId: string): DealFact[] {
    return (this.dealsOfCompany.get(companyId) ?? []).map((id) => this.companyDeals.get(id)!.fact);
  }

  get companyDealCount(): number {
    return this.companyDeals.size;
  }

  /** The current employment (the latest started when several). */
  currentEmployment(id: string, today: string): Employment | null {
    const now = this.employmentsOfPerson(id).filter((e) => isCurrent(e, today));
    now.sort((x, y) => (y.since ?? '').localeCompare(x.since ?? ''));
    return now[0] ?? null;
  }

  managers(): ReadonlySet<string> {
    return this.managerIds;
  }

  // ------------------------------------------------------------------ ties
  upsertTie(t: TieRecord): void {
    this.index.add(t.a);
    this.index.add(t.b);
    const key = pairKey(t.a, t.b);
    if (!this.ties.has(key)) {
      addTo(this.tiesOf, t.a, t.b);
      addTo(this.tiesOf, t.b, t.a);
      addTo(this.tieRecordsOf, t.a, t);
      addTo(this.tieRecordsOf, t.b, t);
    } else {
      this.replaceRecord(t.a, t.b, t);
      this.replaceRecord(t.b, t.a, t);
    }
    this.ties.set(key, t);
    this.touchPair(t.a, t.b);
  }

  removeTie(a: string, b: string): void {
    const key = pairKey(a, b);
    if (!this.ties.delete(key)) return;
    this.removeContact(a, b);
    this.removeContact(b, a);
    this.touchPair(a, b);
  }

  /** `of`'s record of the tie with `other`, where `tiesOf` lists `other`. */
  private replaceRecord(of: string, other: string, t: TieRecord): void {
    const i = this.tiesOf.get(of)?.indexOf(other) ?? -1;
    if (i >= 0) this.tieRecordsOf.get(of)![i] = t;
  }

  /** `other` out of `of`'s contacts and tie records (the same index in both). */
  private removeContact(of: string, other: string): void {
    const others = this.tiesOf.get(of);
    const i = others?.indexOf(other) ?? -1;
    if (!others || i < 0) return;
    const records = this.tieRecordsOf.get(of)!;
    others.splice(i, 1);
    records.splice(i, 1);
    if (others.length === 0) {
      this.tiesOf.delete(of);
      this.tieRecordsOf.delete(of);
    }
  }

  tie(a: string, b: string): TieRecord | undefined {
    return this.ties.get(pairKey(a, b));
  }

  /** The recorded relationships of `id` (each pair once, as stored), for readers outside warm paths (key persons). */
  tiesOfPerson(id: string): readonly TieRecord[] {
    return this.tieRecordsOf.get(id) ?? [];
  }

  get tieCount(): number {
    return this.ties.size;
  }

  // ------------------------------------------------------------------ overrides
  upsertOverride(a: string, b: string, o: TrustOverride): void {
    this.overrides.set(pairKey(a, b), o);
    this.touchPair(a, b);
  }

  removeOverride(a: string, b: string): void {
    if (this.overrides.delete(pairKey(a, b))) this.touchPair(a, b);
  }

  override(a: string, b: string): TrustOverride | null {
    return this.overrides.get(pairKey(a, b)) ?? null;
  }

  // ------------------------------------------------------------------ evidence
  upsertInteraction(i: InteractionRecord): void {
    const old = this.interactions.get(i.id);
    if (old) this.dropInteraction(old);
    const rec = { ...i, participants: [...new Set(i.participants)] };
    this.interactions.set(i.id, rec);
    if (rec.participants.length >= 2) {
      for (const p of rec.participants) this.insertByTime(p, rec);
    }
    this.touchAll(rec.participants);
  }

  /** Sets who took part (the store links participants after saving the interaction). */
  setParticipants(id: string, participants: string[]): void {
    const i = this.interactions.get(id);
    if (!i) return;
    this.upsertInteraction({ ...i, participants });
  }

  removeInteraction(id: string): void {
    const old = this.interactions.get(id);
    if (!old) return;
    this.dropInteraction(old);
    this.interactions.delete(id);
  }

  hasInteraction(id: string): boolean {
    return this.interactions.has(id);
  }

  /** Who took part in an interaction the network holds; null when it does not hold it. */
  interactionParticipants(id: string): string[] | null {
    return this.interactions.get(id)?.participants ?? null;
  }

  private dropInteraction(i: InteractionRecord): void {
    for (const p of i.participants) removeFrom(this.interactionsOf, p, i.id);
    this.touchAll(i.participants);
  }

  /** Keeps each person's interactions newest first, so "newer than" and "last" stop early. */
  private insertByTime(person: string, i: InteractionRecord): void {
    if (this.bulk) {
      addTo(this.interactionsOf, person, i.id);
      return;
    }
    const list = this.interactionsOf.get(person);
    if (!list) {
      this.interactionsOf.set(person, [i.id]);
      return;
    }
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.interactions.get(list[mid])!;
      if (m.atMillis > i.atMillis || (m.atMillis === i.atMillis && m.id < i.id)) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, i.id);
  }

  upsertDeal(d: DealRecord): void {
    this.removeDeal(d.id);
    this.deals.set(d.id, d);
    if (d.repId && d.managerId && d.repId !== d.managerId) {
      addTo(this.dealsOfPair, pairKey(d.repId, d.managerId), d.id);
      this.touchPair(d.repId, d.managerId);
    }
  }

  removeDeal(id: string): void {
    const d = this.deals.get(id);
    if (!d) return;
    this.deals.delete(id);
    if (d.repId && d.managerId && d.repId !== d.managerId) {
      removeFrom(this.dealsOfPair, pairKey(d.repId, d.managerId), id);
      this.touchPair(d.repId, d.managerId);
    }
  }

  hasDeal(id: string): boolean {
    return this.deals.has(id);
  }

  upsertIntroduction(x: Introduction): void {
    this.removeIntroduction(x.id);
    this.introductions.set(x.id, x);
    addTo(this.introductionsBy, x.introducerId, x.id);
    for (const [a, b] of introductionPairs(x)) addTo(this.introductionsOfPair, pairKey(a, b), x.id);
    if (x.outcome === 'MET' && x.introducedId !== x.toManagerId) {
      this.index.add(x.introducedId);
      this.index.add(x.toManagerId);
      addTo(this.introducedOf, x.introducedId, x.toManagerId);
      addTo(this.introducedOf, x.toManagerId, x.introducedId);
    }
    this.touchAll([x.introducerId, x.introducedId, x.toManagerId]);
  }

  removeIntroduction(id: string): void {
    const x = this.introductions.get(id);
    if (!x) return;
    this.introductions.delete(id);
    removeFrom(this.introductionsBy, x.introducerId, id);
    for (const [a, b] of introductionPairs(x)) removeFrom(this.introductionsOfPair, pairKey(a, b), id);
    if (x.outcome === 'MET' && x.introducedId !== x.toManagerId) {
      removeFrom(this.introducedOf, x.introducedId, x.toManagerId);
      removeFrom(this.introducedOf, x.toManagerId, x.introducedId);
    }
    this.touchAll([x.introducerId, x.introducedId, x.toManagerId]);
  }

  /** Every introduction held, for readers outside warm paths (key persons). */
  allIntroductions(): IterableIterator<Introduction> {
    return this.introductions.values();
  }

  /** The introductions `id` made. */
  introductionsMadeBy(id: string): Introduction[] {
    return (this.introductionsBy.get(id) ?? []).map((x) => this.introductions.get(x)!);
  }

  introduction(id: string): Introduction | undefined {
    return this.introductions.get(id);
  }

  /** Interactions both took part in, newest first; `after`: only those after this instant (ms). */
  interactionsBetween(a: string, b: string, after = -Infinity): InteractionRecord[] {
    const la = this.interactionsOf.get(a);
    const lb = this.interactionsOf.get(b);
    if (!la || !lb) return [];
    const [scan, other] = la.length <= lb.length ? [la, b] : [lb, a];
    const out: InteractionRecord[] = [];
    for (const id of scan) {
      const i = this.interactions.get(id)!;
      if (i.atMillis <= after) break;
      if (this.counts(i.atMillis) && i.participants.includes(other)) out.push(i);
    }
    return out;
  }

  introductionsBetween(a: string, b: string): Introduction[] {
    return (this.introductionsOfPair.get(pairKey(a, b)) ?? []).map((id) => this.introductions.get(id)!);
  }

  dealsBetween(a: string, b: string): DealRecord[] {
    return (this.dealsOfPair.get(pairKey(a, b)) ?? []).map((id) => this.deals.get(id)!);
  }

  /** Everything known between the two as evidence; with `after`, interactions older than it are skipped. */
  evidenceBetween(a: string, b: string, after = -Infinity): Evidence[] {
    const pair: [string, string] = [a, b];
    const out: Evidence[] = [];
    for (const i of this.interactionsBetween(a, b, after)) {
      out.push({ kind: 'INTERACTION', id: i.id, at: i.at, signal: interactionSignal(i.reaction), label: i.channel ?? 'CONTACT' });
    }
    for (const x of this.introductionsBetween(a, b)) {
      if (!x.at && x.outcome !== 'MET') continue;
      if (x.at && !this.counts(evidenceMillis(x.at))) continue;
      out.push({
        kind: 'INTRODUCTION', id: x.id, at: x.at ?? '0000-01-01', signal: introductionSignal(x.outcome, pair, x), label: x.outcome,
        introduction: { introducerId: x.introducerId, introducedId: x.introducedId, toManagerId: x.toManagerId },
      });
    }
    for (const d of this.dealsBetween(a, b)) {
      const day = dealDay(d);
      if (day && this.counts(evidenceMillis(day))) out.push({ kind: 'DEAL', id: d.id, at: day, signal: dealSignal(d.stage), label: d.stage });
    }
    return out;
  }

  /** The effective trust of a pair (see effective-trust.ts), or null when they have no tie. */
  effectiveTrust(a: string, b: string): EffectiveTrust | null {
    const key = pairKey(a, b);
    const memo = this.trustMemo.get(key);
    if (memo !== undefined) return memo;
    const tie = this.ties.get(key);
    const override = this.overrides.get(key) ?? null;
    let result: EffectiveTrust | null = null;
    if (tie) {
      const since = Date.parse(tie.recordedAt);
      // interactions at or before the recording cannot move it; day-only records are checked by the rule
      result = effectiveTrust([a, b], tie, this.evidenceBetween(a, b, Number.isNaN(since) ? -Infinity : since - 1), override, this.asOfDay);
    } else if ((this.introducedOf.get(a) ?? []).includes(b)) {
      result = effectiveTrust([a, b], null, this.evidenceBetween(a, b), override, this.asOfDay);
    }
    if (result && (result.basis !== 'RECORDED' || result.newer.length > 0)) this.trustMemo.set(key, result);
    return result;
  }

  /**
   * Just the trust number of a tie, fast for the usual case: a recorded relationship with nothing newer
   * between the two is its recorded trust, found without building any evidence.
   */
  trustOf(a: string, b: string): number | null {
    const key = pairKey(a, b);
    const tie = this.ties.get(key);
    if (tie && !this.trustMemo.has(key) && !this.overrides.has(key)) {
      const since = Date.parse(tie.recordedAt);
      if (!this.hasNewer(a, b, key, since)) return tie.trust;
    }
    return this.effectiveTrust(a, b)?.trust ?? null;
  }

  /** Whether anything between the two is dated after `since` (ms); NaN: nothing is. */
  private hasNewer(a: string, b: string, key: string, since: number): boolean {
    if (Number.isNaN(since)) return false;
    const la = this.interactionsOf.get(a);
    const lb = this.interactionsOf.get(b);
    if (la && lb) {
      const [scan, other] = la.length <= lb.length ? [la, b] : [lb, a];
      for (const id of scan) {
        const i = this.interactions.get(id)!;
        if (!(i.atMillis > since)) break;
        if (this.counts(i.atMillis) && i.participants.includes(other)) return true;
      }
    }
    for (const id of this.introductionsOfPair.get(key) ?? []) {
      const x = this.introductions.get(id)!;
      if (x.at && evidenceMillis(x.at) > since && this.counts(evidenceMillis(x.at))) return true;
    }
    for (const id of this.dealsOfPair.get(key) ?? []) {
      const day = dealDay(this.deals.get(id)!);
      if (day && evidenceMillis(day) > since && this.counts(evidenceMillis(day))) return true;
    }
    return false;
  }

  /** Everyone `id` has a tie with, at its effective trust. */
  neighbours(id: string): readonly Neighbour[] {
    const ties = this.tiesOf.get(id) ?? [];
    const introduced = this.introducedOf.get(id);
    const others = introduced ? [...new Set([...ties, ...introduced])] : ties;
    const out: Neighbour[] = [];
    for (const o of others) {
      const t = this.trustOf(id, o);
      if (t !== null) out.push({ id: o, trust: t });
    }
    return out;
  }

  // ------------------------------------------------------------------ the graph the search runs on
  get size(): number {
    return this.index.size;
  }

  indexOf(id: string): number {
    return this.index.indexOf(id);
  }

  idAt(index: number): string {
    return this.index.idAt(index);
  }

  /** A person's ties at their effective trust, as typed arrays (computed once, until something between them changes). */
  adjacency(i: number): Adjacency {
    let a = this.adjacencyMemo[i];
    if (!a) {
      a = toAdjacency(this.neighbours(this.index.idAt(i)), (id) => this.index.indexOf(id));
      this.adjacencyMemo[i] = a;
    }
    return a;
  }

  /** Computes every person's ties now (after a bulk load), so that searches never wait for it. */
  warmNeighbours(): void {
    for (let i = 0; i < this.index.size; i++) this.adjacency(i);
  }

  /** The latest interaction or introduction between the two, for the reason of a step. */
  lastContact(a: string, b: string): LastContact | null {
    const [i] = this.interactionsBetween(a, b);
    const intros = this.introductionsBetween(a, b).filter((x) => x.at).sort((x, y) => (y.at! < x.at! ? -1 : y.at! > x.at! ? 1 : 0));
    const x = intros[0];
    const name = (id: string) => this.people.get(id)?.name ?? id;
    const fromIntro = (): LastContact => ({
      kind: 'INTRODUCTION', at: x.at!, introducerName: name(x.introducerId), introducedName: name(x.introducedId),
      managerName: name(x.toManagerId), outcome: x.outcome,
    });
    if (i && (!x || i.atMillis >= evidenceMillis(x.at!))) return { kind: 'INTERACTION', at: i.at, channel: i.channel, reaction: i.reaction };
    return x ? fromIntro() : null;
  }

  /** The MET introduction that made an introduced tie (the first one). */
  introducingMeeting(a: string, b: string): Introduction | null {
    const met = this.introductionsBetween(a, b)
      .filter((x) => x.outcome === 'MET' && ((x.introducedId === a && x.toManagerId === b) || (x.introducedId === b && x.toManagerId === a)))
      .sort((x, y) => (x.at ?? '').localeCompare(y.at ?? ''));
    return met[0] ?? null;
  }

  // ------------------------------------------------------------------ memo invalidation
  private forget(id: string): void {
    const i = this.index.indexOf(id);
    if (i >= 0) this.adjacencyMemo[i] = undefined;
  }

  private touchPair(a: string, b: string): void {
    if (this.bulk) return;
    this.trustMemo.delete(pairKey(a, b));
    this.forget(a);
    this.forget(b);
  }

  private touchAll(ids: string[]): void {
    if (this.bulk) return;
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) this.touchPair(unique[i], unique[j]);
  }

  private touchPerson(id: string): void {
    this.forget(id);
    for (const key of [...this.trustMemo.keys()]) if (key.startsWith(`${id}\u0000`) || key.endsWith(`\u0000${id}`)) this.trustMemo.delete(key);
    for (const other of this.introducedOf.get(id) ?? []) this.forget(other);
  }
}

/** The pairs an introduction is evidence for: every two of its three people. */
export function introductionPairs(x: Pick<Introduction, 'introducerId' | 'introducedId' | 'toManagerId'>): [string, string][] {
  const people = [...new Set([x.introducerId, x.introducedId, x.toManagerId])];
  const out: [string, string][] = [];
  for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) out.push([people[i], people[j]]);
  return out;
}
