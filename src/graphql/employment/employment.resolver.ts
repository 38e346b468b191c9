import { idParts } from '@/domain/shared/composite-id';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Employment, employmentId, isCurrent, notEndedBy } from '@/domain/employment/employment';
import { PersonKind } from '@/domain/shared/enums';
import { employmentProblems } from '@/domain/employment/employment-problems';
import { dayBefore } from '@/domain/employment/day-before';
import { RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { ConflictError } from '@/graphql/errors/conflict.error';
import { NotFoundError } from '@/graphql/errors/not-found.error';
import { CompanyType } from '@/graphql/company/company.type';
import { RepType } from '@/graphql/rep/rep.type';
import { requireCompany, requirePeople } from '@/graphql/shared/references';
import { applyPatch, inTransaction } from '@/graphql/shared/write';
import { CreateEmploymentInput, UpdateEmploymentInput, MoveInput } from './employment.input';
import { EmploymentType } from './employment.type';

function check(e: Employment): void {
  const problems = employmentProblems(e).map((p) => ({ ...p, field: `input.${p.field}` }));
  if (problems.length) throw new BadUserInputError(`Invalid employment: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`, problems);
}

@Resolver(() => EmploymentType)
export class EmploymentResolver {
  @FieldResolver(() => RepType, { nullable: true, description: 'The rep; null if they are gone' })
  rep(@Root() e: Employment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.person.load(e.repId);
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'The company; null if it is gone' })
  company(@Root() e: Employment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.company.load(e.companyId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether they work there today' })
  current(@Root() e: Employment, @Ctx() ctx: RequestContext): boolean {
    return isCurrent(e, ctx.today);
  }

  @Mutation(() => EmploymentType, { description: 'Records a period at a company (its id is rep@company@since)' })
  async addEmployment(@Arg('input', () => CreateEmploymentInput, { description: 'The new employment period' }) input: CreateEmploymentInput, @Ctx() ctx: RequestContext): Promise<Employment> {
    const e: Employment = {
      id: employmentId(input.repId!, input.companyId!, input.since), repId: input.repId!, companyId: input.companyId!,
      title: input.title ?? null, department: input.department ?? null, since: input.since ?? null, until: input.until ?? null,
    };
    check(e);
    return inTransaction(ctx, async (ops) => {
      await requirePeople(ops, [e.repId], PersonKind.REP, 'input.repId');
      await requireCompany(ops, e.companyId, 'input.companyId');
      const [history] = await ops.employmentsByRepIds([e.repId]);
      if (history.some((h) => h.id === e.id)) throw new ConflictError(`Employment "${e.id}" exists already; update it instead`, { id: e.id });
      await ops.saveEmployment(e);
      return e;
    });
  }

  @Mutation(() => EmploymentType, { description: 'Corrects title, department or dates of a period; rep and company stay' })
  async updateEmployment(
    @Arg('id', () => ID, { description: 'Id of the employment period to change' }) id: string,
    @Arg('input', () => UpdateEmploymentInput, { description: 'The fields to change (a patch)' }) input: UpdateEmploymentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Employment> {
    return inTransaction(ctx, async (ops) => {
      const [repId] = idParts('employment', id);
      const [history] = await ops.employmentsByRepIds([repId]);
      const current = history.find((h) => h.id === id);
      if (!current) throw new NotFoundError('employment', id);
      for (const f of ['repId', 'companyId'] as const) {
        if (input[f] != null && input[f] !== current[f]) throw BadUserInputError.field(`input.${f}`, 'cannot change; end this period and add a new one');
      }
      const next = { ...applyPatch(current, { ...input, repId: undefined, companyId: undefined }), id };
      check(next);
      await ops.saveEmployment(next);
      return next;
    });
  }

  @Mutation(() => ID, { description: 'Deletes an employment period; returns its id (NOT_FOUND for an unknown id)' })
  async deleteEmployment(@Arg('id', () => ID, { description: 'Id of the employment period to delete' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return inTransaction(ctx, async (ops) => {
      const [history] = await ops.employmentsByRepIds([idParts('employment', id)[0]]);
      if (!history.some((h) => h.id === id)) throw new NotFoundError('employment', id);
      await ops.deleteEmployment(id);
      return id;
    });
  }

  @Mutation(() => [EmploymentType], {
    description: 'A rep moves: their current periods end the day before `since`, a new one starts. Returns the whole history, newest first.',
  })
  async moveRep(@Arg('input', () => MoveInput, { description: 'Who moves, where to, and from when' }) input: MoveInput, @Ctx() ctx: RequestContext): Promise<Employment[]> {
    return inTransaction(ctx, async (ops) => {
      await requirePeople(ops, [input.repId], PersonKind.REP, 'input.repId');
      await requireCompany(ops, input.toCompanyId, 'input.toCompanyId');
      const [history] = await ops.employmentsByRepIds([input.repId]);
      for (const e of history.filter((h) => notEndedBy(h, input.since))) {
        if (e.since && e.since >= input.since) {
          throw BadUserInputError.field('input.since', `must be after the start (${e.since}) of the current period at ${e.companyId}`);
        }
        await ops.saveEmployment({ ...e, until: dayBefore(input.since) });
      }
      const next: Employment = {
        id: employmentId(input.repId, input.toCompanyId, input.since), repId: input.repId, companyId: input.toCompanyId,
        title: input.title ?? null, department: input.department ?? null, since: input.since, until: null,
      };
      await ops.saveEmployment(next);
      return (await ops.employmentsByRepIds([input.repId]))[0];
    });
  }
}
