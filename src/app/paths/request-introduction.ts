import { type Introduction, introductionId } from '@/domain/introduction/introduction';
import { IntroductionOutcome, PersonKind } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';
import { Conflict, InvalidInput, NotFound } from '@/app/errors';

/** Runs work in one write transaction with the transport's access re-check and audit entry. */
export type InWriteTransaction = <T>(work: (ops: GraphOperations) => Promise<T>) => Promise<T>;

/**
 * Asks for an introduction along a path (manager first, target last): records that the person before the
 * target introduces the target to the manager, outcome PENDING, dated `today`. Asking again while it is
 * pending answers the same record; once it has an outcome, asking again is a CONFLICT.
 */
export async function requestIntroduction(path: readonly string[], today: string, write: InWriteTransaction): Promise<Introduction> {
  if (path.length < 3) throw InvalidInput.field('input.path', 'needs a manager, at least one person to ask, and the target (3 people or more)');
  if (new Set(path).size !== path.length) throw InvalidInput.field('input.path', 'must not name anyone twice');
  const [managerId, introducerId, introducedId] = [path[0], path[path.length - 2], path[path.length - 1]];
  const id = introductionId(introducerId, introducedId, managerId);
  return write(async (ops) => {
    const people = await ops.peopleByIds(path);
    people.forEach((p, i) => {
      if (!p) throw new NotFound('person', path[i]);
    });
    if (people[0]!.kind !== PersonKind.MANAGER) throw InvalidInput.field('input.path', `starts with "${managerId}", a rep; a path starts with one of our managers`);
    for (let i = 0; i + 1 < path.length; i++) {
      if (!(await haveTie(ops, path[i], path[i + 1]))) {
        throw InvalidInput.field('input.path', `"${path[i]}" and "${path[i + 1]}" have no relationship (nor a met introduction)`);
      }
    }
    const existing = await ops.introductionById(id, introducerId, introducedId);
    if (existing) {
      if (existing.outcome === IntroductionOutcome.PENDING) return existing;
      throw new Conflict(`The introduction "${id}" was asked for already and its outcome is ${existing.outcome}`, { id, outcome: existing.outcome });
    }
    const intro: Introduction = { id, introducerId, introducedId, toManagerId: managerId, at: today, outcome: IntroductionOutcome.PENDING };
    await ops.saveIntroduction(intro);
    return intro;
  });
}

/** A relationship, or an introduction of one to the other (a manager) that MET. */
async function haveTie(ops: GraphOperations, a: string, b: string): Promise<boolean> {
  const [x, y] = a <= b ? [a, b] : [b, a];
  if (await ops.relationshipByPair(x, y)) return true;
  const [intros] = await ops.introductionsByPersonIds([a]);
  return intros.some((i) => i.outcome === IntroductionOutcome.MET && ((i.introducedId === a && i.toManagerId === b) || (i.introducedId === b && i.toManagerId === a)));
}
