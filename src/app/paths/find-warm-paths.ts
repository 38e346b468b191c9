import { LIMIT_RANGE, MAX_HOPS_RANGE, kBestPaths } from '@/domain/paths/k-best';
import { PersonKind } from '@/domain/shared/enums';
import { FieldProblems } from '@/app/validation/field-problems';
import { ID_REASON, ID_RULE } from '@/domain/shared/id-rule';
import { InvalidInput, NotFound } from '@/app/errors';
import { type Neighbourhood, type NeighbourhoodSource } from './neighbourhood-source';
import { explainPath } from './explain-path';
import { DEFAULTS, type WarmPathQuery, type WarmPathView } from './warm-path';

/**
 * Warm introduction paths: resolves the query against the network `source` gives, finds the k strongest paths and
 * explains each step. Any signed-in caller may search (what they see of people is masked by the transport).
 */
export async function findWarmPaths(source: NeighbourhoodSource, q: WarmPathQuery): Promise<WarmPathView[]> {
  const maxHops = q.maxHops ?? DEFAULTS.maxHops;
  const limit = q.limit ?? DEFAULTS.limit;
  const minTrust = q.minTrust ?? DEFAULTS.minTrust;
  const avoid = new Set(q.avoid ?? []);
  const problems = new FieldProblems();
  checkIds(problems, q);
  checkBounds(problems, maxHops, limit, minTrust);
  checkAvoid(problems, q, avoid);
  problems.throwIfAny(); // every bad argument named at once

  const hood = source.open(q.today);
  // what `to`, `from` and `avoid` name (read side by side)
  const [target] = await Promise.all([
    resolveTarget(hood, q.to),
    q.from != null ? checkFrom(hood, q.from) : null,
    ...[...avoid].map((id) => checkAvoided(hood, id)),
  ]);
  const targets = target.kind === 'person' ? [target.id] : await hood.currentEmployees(target.id, q.today);
  const sources = q.from != null ? [q.from] : await hood.managerIds();
  const graph = await hood.graph(sources, targets, maxHops, minTrust, avoid);
  // Trust fades with the day asked, and the in-memory network is shared: a search for another day may have set it to
  // that day during an await. Setting the day again right before each synchronous read of trust makes every value
  // the one of q.today (a no-op when it is that day already).
  hood.network.asOf(q.today);
  const { paths } = kBestPaths(graph, { sources: new Set(sources), targets: new Set(targets), maxHops, limit, minTrust, avoid });
  await hood.prepareToExplain(paths);
  hood.network.asOf(q.today);
  return paths.map((p) => explainPath(hood.network, p, q.today));
}

async function resolveTarget(hood: Neighbourhood, id: string): Promise<{ kind: 'person' | 'company'; id: string }> {
  const kind = await hood.targetKind(id);
  if (!kind) throw new NotFound('person or company', id);
  return { kind, id };
}

async function checkFrom(hood: Neighbourhood, from: string): Promise<void> {
  const kind = await hood.personKind(from);
  if (kind === PersonKind.MANAGER) return;
  if (kind) throw InvalidInput.field('from', `"${from}" is a rep; from must be one of our managers`);
  if (await hood.isCompany(from)) throw InvalidInput.field('from', `"${from}" is a company; from must be one of our managers`);
  throw new NotFound('manager', from);
}

async function checkAvoided(hood: Neighbourhood, id: string): Promise<void> {
  if (await hood.personKind(id)) return;
  if (await hood.isCompany(id)) throw InvalidInput.field('avoid', `"${id}" is a company; avoid lists people`);
  throw new NotFound('person', id);
}

/** `to`, `from` and each `avoid` item by the id rule (found by an outsider: a blank `to` was a 404, named alone). */
function checkIds(problems: FieldProblems, q: WarmPathQuery): void {
  problems.check(ID_RULE.test(q.to), 'to', ID_REASON).check(q.from == null || ID_RULE.test(q.from), 'from', ID_REASON);
  (q.avoid ?? []).forEach((id, i) => problems.check(ID_RULE.test(id), `avoid[${i}]`, ID_REASON));
}

function checkBounds(problems: FieldProblems, maxHops: number, limit: number, minTrust: number): void {
  problems
    .check(Number.isInteger(maxHops) && maxHops >= MAX_HOPS_RANGE.min && maxHops <= MAX_HOPS_RANGE.max, 'maxHops', `must be a whole number from ${MAX_HOPS_RANGE.min} to ${MAX_HOPS_RANGE.max}`)
    .check(Number.isInteger(limit) && limit >= LIMIT_RANGE.min && limit <= LIMIT_RANGE.max, 'limit', `must be a whole number from ${LIMIT_RANGE.min} to ${LIMIT_RANGE.max}`)
    .check(Number.isFinite(minTrust) && minTrust >= 0 && minTrust <= 1, 'minTrust', 'must be from 0 to 1');
}

/**
 * A path cannot start at or end with someone it must avoid: asking for both is a mistake, not an empty answer. An id
 * the id rule refused is told once, by its own field, not again as avoided (found by an outsider).
 */
function checkAvoid(problems: FieldProblems, q: WarmPathQuery, avoid: ReadonlySet<string>): void {
  problems
    .check(q.from == null || !ID_RULE.test(q.from) || !avoid.has(q.from), 'avoid', `names "${q.from}", the manager given as from; a path cannot avoid where it starts (leave one out)`)
    .check(!ID_RULE.test(q.to) || !avoid.has(q.to), 'avoid', `names "${q.to}", the target given as to; a path cannot avoid where it ends (leave one out)`);
}
