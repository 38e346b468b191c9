/**
 * Independent checks of a snapshot object against the contract and the generator's promises. Each returns
 * the problems it finds (empty = fine), so the tests can also show that a corrupted snapshot is caught.
 */

export type Rec = Record<string, any>;
export type Snap = Record<string, any>;

export const LISTS = [
  'companies', 'contracts', 'managers', 'reps', 'employments', 'portfolio', 'relationships', 'reportsTo',
  'introductions', 'interactions', 'deals', 'trustOverrides', 'revenueTargets', 'strategyChanges',
] as const;

export const ENUMS = {
  partnerStatus: ['PROSPECT', 'ACTIVE', 'DORMANT', 'TERMINATED'],
  contractStatus: ['DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED'],
  stance: ['PROACTIVE', 'CAUTIOUS'],
  responseSpeed: ['FAST', 'NORMAL', 'SLOW'],
  channel: ['MEETING', 'CALL', 'EMAIL', 'EVENT', 'CHAT'],
  reaction: ['POSITIVE', 'NEUTRAL', 'NEGATIVE'],
  stage: ['OPEN', 'WON', 'LOST'],
  outcome: ['MET', 'DECLINED', 'PENDING'],
  kind: ['BUSINESS', 'COLLEAGUE', 'FORMER_COLLEAGUE', 'PERSONAL'],
  disc: ['D', 'I', 'S', 'C'],
};

export const FIRST_DATE = '2015-01-01';
export const LAST_DATE = '2026-11-30';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$/;

const list = (s: Snap, name: string): Rec[] => (Array.isArray(s[name]) ? s[name] : []);

/** A real calendar date in the generator's window. */
export function dateProblem(value: unknown): string | null {
  if (typeof value !== 'string' || DATE.exec(value) === null) return `not a YYYY-MM-DD date: ${JSON.stringify(value)}`;
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return `not a calendar date: ${value}`;
  if (value < FIRST_DATE || value > LAST_DATE) return `outside ${FIRST_DATE}..${LAST_DATE}: ${value}`;
  return null;
}

export function referenceProblems(s: Snap): string[] {
  const out: string[] = [];
  const companies = new Set(list(s, 'companies').map((c) => c.id));
  const managers = new Set(list(s, 'managers').map((m) => m.id));
  const reps = new Set(list(s, 'reps').map((r) => r.id));
  const person = (id: unknown): boolean => managers.has(id as string) || reps.has(id as string);
  const need = (ok: boolean, where: string, id: unknown): void => {
    if (!ok) out.push(`${where}: ${JSON.stringify(id)} does not resolve`);
  };
  list(s, 'contracts').forEach((k, i) => need(companies.has(k.companyId), `contracts[${i}].companyId`, k.companyId));
  list(s, 'employments').forEach((e, i) => {
    need(reps.has(e.repId), `employments[${i}].repId`, e.repId);
    need(companies.has(e.companyId), `employments[${i}].companyId`, e.companyId);
  });
  list(s, 'portfolio').forEach((p, i) => {
    need(managers.has(p.managerId), `portfolio[${i}].managerId`, p.managerId);
    need(companies.has(p.companyId), `portfolio[${i}].companyId`, p.companyId);
  });
  list(s, 'relationships').forEach((r, i) => {
    need(person(r.a), `relationships[${i}].a`, r.a);
    need(person(r.b), `relationships[${i}].b`, r.b);
  });
  list(s, 'reportsTo').forEach((r, i) => {
    need(reps.has(r.repId), `reportsTo[${i}].repId`, r.repId);
    need(reps.has(r.bossId), `reportsTo[${i}].bossId`, r.bossId);
  });
  list(s, 'introductions').forEach((x, i) => {
    need(reps.has(x.introducerId), `introductions[${i}].introducerId`, x.introducerId);
    need(reps.has(x.introducedId), `introductions[${i}].introducedId`, x.introducedId);
    need(managers.has(x.toManagerId), `introductions[${i}].toManagerId`, x.toManagerId);
  });
  list(s, 'interactions').forEach((x, i) => {
    (x.managerIds ?? []).forEach((id: unknown) => need(managers.has(id as string), `interactions[${i}].managerIds`, id));
    (x.repIds ?? []).forEach((id: unknown) => need(reps.has(id as string), `interactions[${i}].repIds`, id));
  });
  list(s, 'deals').forEach((d, i) => {
    need(companies.has(d.companyId), `deals[${i}].companyId`, d.companyId);
    need(reps.has(d.repId), `deals[${i}].repId`, d.repId);
    need(managers.has(d.managerId), `deals[${i}].managerId`, d.managerId);
  });
  const tie = new Set(list(s, 'relationships').map((r) => [r.a, r.b].sort().join('~')));
  list(s, 'trustOverrides').forEach((o, i) => {
    need(tie.has([o.a, o.b].sort().join('~')), `trustOverrides[${i}] (a tie)`, `${o.a}~${o.b}`);
    need(managers.has(o.byId), `trustOverrides[${i}].byId`, o.byId);
  });
  list(s, 'revenueTargets').forEach((t, i) => {
    if (t.companyId != null) need(companies.has(t.companyId), `revenueTargets[${i}].companyId`, t.companyId);
    else need(managers.has(t.managerId), `revenueTargets[${i}].managerId`, t.managerId);
    need(managers.has(t.setBy), `revenueTargets[${i}].setBy`, t.setBy);
  });
  const policy = new Map(list(s, 'companies').map((c) => [c.id, c.businessPolicy]));
  list(s, 'strategyChanges').forEach((c, i) => {
    need(companies.has(c.companyId), `strategyChanges[${i}].companyId`, c.companyId);
    if (c.field === 'businessPolicy' && c.after !== policy.get(c.companyId)) out.push(`strategyChanges[${i}]: after is not the company's businessPolicy`);
  });
  for (const name of ['companies', 'contracts', 'managers', 'reps', 'interactions', 'deals']) {
    const seen = new Set<string>();
    list(s, name).forEach((r, i) => {
      if (seen.has(r.id)) out.push(`${name}[${i}].id: duplicate ${r.id}`);
      seen.add(r.id);
    });
  }
  const people = new Set([...managers].filter((id) => reps.has(id)));
  if (people.size > 0) out.push(`ids used by both a manager and a rep: ${[...people].slice(0, 3).join(', ')}`);
  return out;
}

export function relationshipProblems(s: Snap): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  list(s, 'relationships').forEach((r, i) => {
    if (r.a === r.b) out.push(`relationships[${i}]: self-relationship of ${r.a}`);
    const key = r.a < r.b ? `${r.a}|${r.b}` : `${r.b}|${r.a}`;
    if (seen.has(key)) out.push(`relationships[${i}]: the pair ${key} is already relationships[${seen.get(key)}]`);
    else seen.set(key, i);
    if (typeof r.trust !== 'number' || !(r.trust >= 0 && r.trust <= 1)) out.push(`relationships[${i}].trust out of [0, 1]: ${r.trust}`);
    if (!ENUMS.kind.includes(r.kind)) out.push(`relationships[${i}].kind: ${r.kind}`);
    const d = dateProblem(r.since);
    if (d) out.push(`relationships[${i}].since: ${d}`);
  });
  return out;
}

/** Employments of each rep: exactly one current, and the periods in order without overlap. */
export function employmentProblems(s: Snap): string[] {
  const out: string[] = [];
  const byRep = groupBy(list(s, 'employments'), (e) => e.repId);
  for (const rep of list(s, 'reps')) {
    const periods = byRep.get(rep.id) ?? [];
    const current = periods.filter((e) => e.until == null);
    if (current.length !== 1) out.push(`${rep.id}: ${current.length} current employments`);
    const sorted = [...periods].sort((x, y) => (x.since < y.since ? -1 : x.since > y.since ? 1 : 0));
    sorted.forEach((e, k) => {
      for (const field of ['since', ...(e.until == null ? [] : ['until'])]) {
        const d = dateProblem(e[field]);
        if (d) out.push(`${rep.id} employment ${field}: ${d}`);
      }
      if (e.until != null && !(e.since < e.until)) out.push(`${rep.id}: since ${e.since} is not before until ${e.until}`);
      const next = sorted[k + 1];
      if (next) {
        if (e.until == null) out.push(`${rep.id}: a current employment (${e.since}) is followed by another (${next.since})`);
        else if (!(e.until <= next.since)) out.push(`${rep.id}: until ${e.until} is after the next since ${next.since}`);
      }
    });
  }
  return out;
}

/** reportsTo: a forest inside each company's current staff, bosses with a managerial title. */
export function orgChartProblems(s: Snap, managerialTitles: readonly string[]): string[] {
  const out: string[] = [];
  const current = new Map<string, Rec>();
  for (const e of list(s, 'employments')) if (e.until == null) current.set(e.repId, e);
  const boss = new Map<string, string>();
  list(s, 'reportsTo').forEach((r, i) => {
    if (boss.has(r.repId)) out.push(`reportsTo[${i}]: ${r.repId} has two bosses`);
    boss.set(r.repId, r.bossId);
    if (r.repId === r.bossId) out.push(`reportsTo[${i}]: ${r.repId} reports to itself`);
    if (current.get(r.repId)?.companyId !== current.get(r.bossId)?.companyId) out.push(`reportsTo[${i}]: ${r.repId} and ${r.bossId} work at different companies`);
    if (!managerialTitles.includes(current.get(r.bossId)?.title)) out.push(`reportsTo[${i}]: boss ${r.bossId} has title ${current.get(r.bossId)?.title}`);
  });
  for (const start of boss.keys()) {
    const path = new Set<string>();
    for (let x: string | undefined = start; x !== undefined; x = boss.get(x)) {
      if (path.has(x)) {
        out.push(`reportsTo: a cycle through ${x}`);
        break;
      }
      path.add(x);
    }
  }
  return out;
}

export function enumerationProblems(s: Snap): string[] {
  const out: string[] = [];
  const check = (name: string, field: string, allowed: readonly string[], nullable = false): void => {
    list(s, name).forEach((r, i) => {
      const v = r[field];
      if (nullable && v == null) return;
      if (!allowed.includes(v)) out.push(`${name}[${i}].${field}: ${JSON.stringify(v)}`);
    });
  };
  check('companies', 'partnerStatus', ENUMS.partnerStatus);
  check('contracts', 'status', ENUMS.contractStatus);
  check('reps', 'stance', ENUMS.stance);
  check('reps', 'responseSpeed', ENUMS.responseSpeed);
  check('reps', 'disc', ENUMS.disc, true);
  check('interactions', 'channel', ENUMS.channel);
  check('interactions', 'reaction', ENUMS.reaction);
  check('deals', 'stage', ENUMS.stage);
  check('introductions', 'outcome', ENUMS.outcome);
  check('relationships', 'kind', ENUMS.kind);
  list(s, 'reps').forEach((r, i) => {
    if (r.mbti != null && /^[EI][SN][TF][JP]$/.exec(r.mbti) === null) out.push(`reps[${i}].mbti: ${r.mbti}`);
  });
  return out;
}

/** Formats and ranges of dates, instants and the records' own invariants. */
export function recordProblems(s: Snap): string[] {
  const out: string[] = [];
  const date = (where: string, v: unknown): void => {
    const d = dateProblem(v);
    if (d) out.push(`${where}: ${d}`);
  };
  list(s, 'contracts').forEach((k, i) => {
    date(`contracts[${i}].startDate`, k.startDate);
    if (!(k.commissionRate > 0 && k.commissionRate < 1)) out.push(`contracts[${i}].commissionRate: ${k.commissionRate}`);
    if (!Number.isInteger(k.termMonths) || k.termMonths <= 0) out.push(`contracts[${i}].termMonths: ${k.termMonths}`);
  });
  list(s, 'portfolio').forEach((p, i) => date(`portfolio[${i}].since`, p.since));
  list(s, 'introductions').forEach((x, i) => {
    date(`introductions[${i}].at`, x.at);
    if (x.introducerId === x.introducedId) out.push(`introductions[${i}]: introduces themselves`);
  });
  list(s, 'interactions').forEach((x, i) => {
    if (typeof x.at !== 'string' || INSTANT.exec(x.at) === null || Number.isNaN(Date.parse(x.at))) out.push(`interactions[${i}].at: ${x.at}`);
    else date(`interactions[${i}].at`, x.at.slice(0, 10));
    if (!(x.managerIds?.length || x.repIds?.length)) out.push(`interactions[${i}]: nobody took part`);
    if (typeof x.summary !== 'string' || x.summary.length === 0) out.push(`interactions[${i}].summary empty`);
    if (!Array.isArray(x.concerns)) out.push(`interactions[${i}].concerns not a list`);
    if (x.nextAction != null) {
      if (typeof x.nextAction.description !== 'string' || typeof x.nextAction.done !== 'boolean') out.push(`interactions[${i}].nextAction malformed`);
      date(`interactions[${i}].nextAction.dueDate`, x.nextAction.dueDate);
      if (x.nextAction.dueDate < x.at.slice(0, 10)) out.push(`interactions[${i}].nextAction due before the interaction`);
    }
  });
  list(s, 'deals').forEach((d, i) => {
    if (!Number.isFinite(d.amount) || d.amount <= 0) out.push(`deals[${i}].amount: ${d.amount}`);
    if (!Number.isFinite(d.grossProfit) || d.grossProfit < 0 || d.grossProfit >= d.amount) out.push(`deals[${i}].grossProfit ${d.grossProfit} vs amount ${d.amount}`);
    date(`deals[${i}].proposedAt`, d.proposedAt);
    if (d.stage === 'OPEN') {
      if (d.closedAt !== null) out.push(`deals[${i}]: OPEN with closedAt ${d.closedAt}`);
    } else {
      date(`deals[${i}].closedAt`, d.closedAt);
      if (!(d.proposedAt <= d.closedAt)) out.push(`deals[${i}]: closed ${d.closedAt} before proposed ${d.proposedAt}`);
    }
    if ((d.stage === 'LOST') !== (typeof d.lossReason === 'string' && d.lossReason.length > 0)) out.push(`deals[${i}]: stage ${d.stage} with lossReason ${d.lossReason}`);
  });
  return out;
}

export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const bucket = out.get(k);
    if (bucket) bucket.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export function degrees(s: Snap): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of [...list(s, 'managers'), ...list(s, 'reps')]) out.set(p.id, 0);
  for (const r of list(s, 'relationships')) {
    out.set(r.a, (out.get(r.a) ?? 0) + 1);
    out.set(r.b, (out.get(r.b) ?? 0) + 1);
  }
  return out;
}

/**
 * Edge density among pairs of reps who work at the same company now, and among all other pairs of reps.
 */
export function densities(s: Snap): { colleague: number; stranger: number } {
  const companyOf = new Map<string, string>();
  for (const e of list(s, 'employments')) if (e.until == null) companyOf.set(e.repId, e.companyId);
  const sizes = new Map<string, number>();
  for (const c of companyOf.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  let colleaguePairs = 0;
  for (const n of sizes.values()) colleaguePairs += (n * (n - 1)) / 2;
  const reps = companyOf.size;
  const strangerPairs = (reps * (reps - 1)) / 2 - colleaguePairs;
  let colleagueEdges = 0;
  let strangerEdges = 0;
  for (const r of list(s, 'relationships')) {
    if (!companyOf.has(r.a) || !companyOf.has(r.b)) continue;
    if (companyOf.get(r.a) === companyOf.get(r.b)) colleagueEdges++;
    else strangerEdges++;
  }
  return { colleague: colleagueEdges / colleaguePairs, stranger: strangerEdges / strangerPairs };
}
