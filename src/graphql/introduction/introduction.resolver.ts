import { idParts } from '@/domain/shared/composite-id';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Introduction, introductionId } from '@/domain/introduction/introduction';
import { IntroductionOutcome, PersonKind } from '@/domain/shared/enums';
import { RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { NotFoundError } from '@/graphql/errors/not-found.error';
import { ManagerType } from '@/graphql/manager/manager.type';
import { PersonInterface } from '@/graphql/person/person.interface';
import { requirePeople } from '@/graphql/shared/references';
import { inTransaction } from '@/graphql/shared/write';
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
  async recordIntroduction(@Arg('input', () => IntroductionInput, { description: 'Who introduced whom to which manager' }) input: IntroductionInput, @Ctx() ctx: RequestContext): Promise<Introduction> {
    if (input.introducerId === input.introducedId) throw BadUserInputError.field('input.introducedId', 'must be another person than the introducer');
    const intro: Introduction = {
      id: introductionId(input.introducerId!, input.introducedId!, input.toManagerId!),
      introducerId: input.introducerId!, introducedId: input.introducedId!, toManagerId: input.toManagerId!,
      at: input.at ?? null, outcome: input.outcome ?? IntroductionOutcome.PENDING,
    };
    return inTransaction(ctx, async (ops) => {
      await requirePeople(ops, [intro.introducerId, intro.introducedId], null, 'input.introducerId/introducedId');
      await requirePeople(ops, [intro.toManagerId], PersonKind.MANAGER, 'input.toManagerId');
      await ops.saveIntroduction(intro);
      return intro;
    });
  }

  @Mutation(() => ID, { description: 'Deletes an introduction record; returns its id (NOT_FOUND for an unknown id)' })
  async deleteIntroduction(@Arg('id', () => ID, { description: 'Id of the introduction to delete' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    const [introducerId, introducedId] = idParts('introduction', id);
    return inTransaction(ctx, async (ops) => {
      if (!introducedId || !(await ops.introductionById(id, introducerId, introducedId))) throw new NotFoundError('introduction', id);
      await ops.deleteIntroduction({ id, introducerId, introducedId });
      return id;
    });
  }
}
