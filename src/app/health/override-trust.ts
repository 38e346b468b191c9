import { Role } from '@/domain/auth/actor';
import { ID_REASON, ID_RULE } from '@/domain/shared/id-rule';
import { characters } from '@/domain/shared/characters';
import { instantOn } from '@/domain/shared/calendar-date';
import { type RelationshipHealth, healthOf } from '@/domain/health/relationship-health';
import { echoId } from '@/domain/shared/echo-id';
import { relationshipKey } from '@/domain/relationship/relationship';
import { type FieldProblem, Forbidden, InvalidInput, NotFound } from '@/app/errors';
import { deleteOverride, overridesOf, saveOverride } from '@/store/health/health.queries';
import { type DeclaredReferences, referenceProblems } from '@/app/validation/declared-references';
import { type HealthContext } from './health-ports';
import { networkAround, withTrustNetwork } from './trust-network';

export interface OverrideTrustInput {
  a: string;
  b: string;
  trust: number;
  note?: string | null;
}

export const NOTE_MAX = 500;

/** `a` and `b` by the id rule (found by an outsider: a zero-width space or a control character was looked up). */
function idProblems(input: { a: unknown; b: unknown }): FieldProblem[] {
  return (['a', 'b'] as const).filter((f) => typeof input[f] !== 'string' || !ID_RULE.test(input[f] as string)).map((field) => ({ field, reason: ID_REASON }));
}

/** A manager may correct only ties they are an end of; an admin any; an analyst none. */
export function mayOverride(ctx: HealthContext, a: string, b: string, operation: string): void {
  if (ctx.actor.role === Role.ADMIN) return;
  if (ctx.actor.role === Role.MANAGER && ctx.actor.managerId && (a === ctx.actor.managerId || b === ctx.actor.managerId)) return;
  throw new Forbidden(
    ctx.actor.role === Role.MANAGER ? `you may ${operation} only ties you are an end of ("${echoId(a)}"–"${echoId(b)}" is not yours)` : `${operation} is for managers and admins`,
    operation,
  );
}

/** What overrideTrust's arguments name: two people, either kind. */
export const OVERRIDE_REFERENCES: DeclaredReferences = { a: 'person', b: 'person' };

/** Its format faults, and beside them (in one refusal) its references; alone, a missing person is NOT_FOUND (no tie). */
async function validate(ctx: HealthContext, input: OverrideTrustInput): Promise<void> {
  const problems: FieldProblem[] = idProblems(input);
  if (input.a === input.b) problems.push({ field: 'b', reason: 'must be another person than a' });
  if (!Number.isFinite(input.trust) || input.trust < 0 || input.trust > 1) problems.push({ field: 'trust', reason: 'must be a number from 0 to 1' });
  const noteLength = input.note == null ? 0 : characters(input.note);
  if (noteLength > NOTE_MAX) problems.push({ field: 'note', reason: `must be at most ${NOTE_MAX} characters (it has ${noteLength})` });
  if (!problems.length) return;
  // a field with a format fault is not also looked up
  const faulty = new Set(problems.map((p) => p.field));
  problems.push(...(await referenceProblems(ctx.store.read, input as unknown as Record<string, unknown>, OVERRIDE_REFERENCES)).filter((p) => !faulty.has(p.field)));
  // each reason after its field (found by an outsider: "Invalid trust, b: must be a number from 0 to 1; no person…")
  throw new InvalidInput(`Invalid input: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`, problems);
}

/**
 * Sets (or replaces) the override of a tie: from now on its effective trust, everywhere warm paths included, is
 * `trust` until the override is cleared; evidence dated after it moves it as it would move a recording (README,
 * "Relationship health"). The tie must exist. Returns the tie's health after the write.
 */
export async function overrideTrust(ctx: HealthContext, input: OverrideTrustInput): Promise<RelationshipHealth> {
  await validate(ctx, input);
  mayOverride(ctx, input.a, input.b, 'overrideTrust');
  const key = relationshipKey(input.a, input.b);
  const at = instantOn(ctx.today);
  const byId = ctx.actor.role === Role.MANAGER && ctx.actor.managerId ? ctx.actor.managerId : ctx.actor.id;
  const note = input.note == null || input.note.trim() === '' ? null : input.note;
  await ctx.write!(async (ops) => {
    const network = await networkAround(ops, [key.a], ctx.today);
    if (!network.effectiveTrust(key.a, key.b)) throw new NotFound('tie', key.id, 'no relationship or introduced tie between the two to override');
    await saveOverride(ops, { a: key.a, b: key.b, trust: input.trust, note, byId, at });
  });
  return (await withTrustNetwork(ctx.store, [key.a], ctx.today, (network) => healthOf(network, input.a, input.b, ctx.today)))!;
}

/** Removes the override of a tie (NOT_FOUND when it has none); returns the tie's health after it, or null when the tie is gone. */
export async function clearTrustOverride(ctx: HealthContext, input: { a: string; b: string }): Promise<RelationshipHealth | null> {
  const problems = idProblems(input);
  if (problems.length) throw new InvalidInput(`Invalid input: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`, problems);
  if (input.a === input.b) throw InvalidInput.field('b', 'must be another person than a');
  mayOverride(ctx, input.a, input.b, 'clearTrustOverride');
  const key = relationshipKey(input.a, input.b);
  await ctx.write!(async (ops) => {
    const found = (await overridesOf(ops, [key.a])).some((o) => o.a === key.a && o.b === key.b);
    if (!found) throw new NotFound('trust override', key.id, 'the tie has no override to clear');
    await deleteOverride(ops, key.a, key.b);
  });
  return withTrustNetwork(ctx.store, [key.a], ctx.today, (network) => healthOf(network, input.a, input.b, ctx.today));
}
