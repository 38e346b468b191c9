import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { addEmployment } from '@/app/records/employment/add-employment';
import { deleteEmployment } from '@/app/records/employment/delete-employment';
import { moveRep } from '@/app/records/employment/move-rep';
import { updateEmployment } from '@/app/records/employment/update-employment';
import { Employment, isCurrent } from '@/domain/employment/employment';
import { RequestContext } from '@/graphql/context';
import { CompanyType } from '@/graphql/company/company.type';
import { RepType } from '@/graphql/rep/rep.type';
import { writeRequestOf } from '@/graphql/shared/write';
import { CreateEmploymentInput, UpdateEmploymentInput, MoveInput } from './employment.input';
import { EmploymentType } from './employment.type';

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
  addEmployment(@Arg('input', () => CreateEmploymentInput, { description: 'The new employment period' }) input: CreateEmploymentInput, @Ctx() ctx: RequestContext): Promise<Employment> {
    return addEmployment(writeRequestOf(ctx), input);
  }

  @Mutation(() => EmploymentType, { description: 'Corrects title, department or dates of a period; rep and company stay' })
  updateEmployment(
    @Arg('id', () => ID, { description: 'Id of the employment period to change' }) id: string,
    @Arg('input', () => UpdateEmploymentInput, { description: 'The fields to change (a patch)' }) input: UpdateEmploymentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Employment> {
    return updateEmployment(writeRequestOf(ctx), id, input);
  }

  @Mutation(() => ID, { description: 'Deletes an employment period; returns its id (NOT_FOUND for an unknown id)' })
  deleteEmployment(@Arg('id', () => ID, { description: 'Id of the employment period to delete' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return deleteEmployment(writeRequestOf(ctx), id);
  }

  @Mutation(() => [EmploymentType], {
    description: 'A rep moves: their current periods end the day before `since`, a new one starts. Returns the whole history, newest first.',
  })
  moveRep(@Arg('input', () => MoveInput, { description: 'Who moves, where to, and from when' }) input: MoveInput, @Ctx() ctx: RequestContext): Promise<Employment[]> {
    return moveRep(writeRequestOf(ctx), input);
  }
}
