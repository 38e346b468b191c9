import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { deleteIntroduction } from '@/app/records/introduction/delete-introduction';
import { recordIntroduction } from '@/app/records/introduction/record-introduction';
import { Introduction } from '@/domain/introduction/introduction';
import { RequestContext } from '@/graphql/context';
import { ManagerType } from '@/graphql/manager/manager.type';
import { PersonInterface } from '@/graphql/person/person.interface';
import { writeRequestOf } from '@/graphql/shared/write';
import { IntroductionInput } from './introduction.input';
import { IntroductionType } from './introduction.type';

@Resolver(() => IntroductionType)
export class IntroductionResolver {
  @FieldResolver(() => PersonInterface, { nullable: true, description: 'Who made the introduction; null if they are gone' })
  introducer(@Root() i: Introduction, @Ctx() ctx: RequestContext) {
    return ctx.loaders.person.load(i.introducerId);
  }

  @FieldResolver(() => PersonInterface, { nullable: true, description: 'Who was introduced; null if they are gone' })
  introduced(@Root() i: Introduction, @Ctx() ctx: RequestContext) {
    return ctx.loaders.person.load(i.introducedId);
  }

  @FieldResolver(() => ManagerType, { nullable: true, description: 'Our manager they were introduced to; null if they are gone' })
  toManager(@Root() i: Introduction, @Ctx() ctx: RequestContext) {
    return ctx.loaders.person.load(i.toManagerId);
  }

  @Mutation(() => IntroductionType, { description: 'Records that introducer introduced someone to one of our managers (one record per trio)' })
  recordIntroduction(@Arg('input', () => IntroductionInput, { description: 'Who introduced whom to which manager' }) input: IntroductionInput, @Ctx() ctx: RequestContext): Promise<Introduction> {
    return recordIntroduction(writeRequestOf(ctx), input);
  }

  @Mutation(() => ID, { description: 'Deletes an introduction record; returns its id (NOT_FOUND for an unknown id)' })
  deleteIntroduction(@Arg('id', () => ID, { description: 'Id of the introduction to delete' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return deleteIntroduction(writeRequestOf(ctx), id);
  }
}
