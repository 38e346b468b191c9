import { isCurrent } from '@/domain/employment/employment';
import { PersonKind } from '@/domain/shared/enums';
import { echoId } from '@/domain/shared/echo-id';
import type { ManagerScope } from './mutation-policies';

export type Pair = readonly [unknown, unknown];

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Every unordered pair of distinct people in `ids`: the ties one interaction is evidence on (effective-trust.ts). */
export function everyPair(ids: readonly string[]): Pair[] {
  const people = [...new Set(ids)];
  const out: Pair[] = [];
  for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) out.push([people[i], people[j]]);
  return out;
}

/**
 * A manager's trust ties: one end is the manager themselves, or both ends are reps and one of them works now at a
 * company in the manager's portfolio. Never a tie between other people where a manager is an end: that changes
 * another manager's warm paths. Null when the manager may change every tie of `pairs`, else the first one they may not
 * and why. Every write that moves effective trust (a relationship, an interaction, an introduction, a deal) is held to
 * this scope on the ties it moves. One read of people, portfolio and employments for all the pairs.
 */
async function refusedTie(scope: ManagerScope, pairs: readonly Pair[]): Promise<{ pair: Pair; reason: string } | null> {
  const named: [string, string][] = [];
  for (const [a, b] of pairs) {
    const [x, y] = [text(a), text(b)];
    if (!x || !y) return { pair: [a, b], reason: 'both people of the tie must be named' };
    if (x !== scope.managerId && y !== scope.managerId) named.push([x, y]);
  }
  if (named.length === 0) return null;
  const ids = [...new Set(named.flat())];
  const people = await scope.read.peopleByIds(ids);
  const reps = new Set(ids.filter((_, i) => people[i]?.kind === PersonKind.REP));
  const repIds = [...reps];
  const [[portfolio], employments] = await Promise.all([
    scope.read.portfolioByManagerIds([scope.managerId]), scope.read.employmentsByRepIds(repIds),
  ]);
  const mine = new Set(portfolio.map((e) => e.companyId));
  const worksAtMine = new Set(repIds.filter((_, i) => employments[i].some((e) => isCurrent(e, scope.today) && mine.has(e.companyId))));
  for (const [x, y] of named) {
    if (!reps.has(x) || !reps.has(y)) return { pair: [x, y], reason: 'you may change your own ties, or ties between two reps of a partner in your portfolio' };
    if (!worksAtMine.has(x) && !worksAtMine.has(y)) return { pair: [x, y], reason: `neither "${echoId(x)}" nor "${echoId(y)}" works now at a partner in your portfolio` };
  }
  return null;
}

/** Null when the manager may change the tie between a and b (setRelationship, deleteRelationship), else why not. */
export async function mayChangeTie(scope: ManagerScope, a: unknown, b: unknown): Promise<string | null> {
  return (await refusedTie(scope, [[a, b]]))?.reason ?? null;
}

/** Null when `what` moves only ties the manager may change (`pairs`), else the first tie it may not, and why. */
export async function movesOnlyOwnTies(scope: ManagerScope, what: string, pairs: readonly Pair[]): Promise<string | null> {
  const refused = await refusedTie(scope, pairs);
  return refused && `${what} would move the trust of "${echoId(refused.pair[0])}"–"${echoId(refused.pair[1])}", a tie you may not change: ${refused.reason}`;
}
