import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createInteraction } from '@/app/records/interaction/create-interaction';
import { deleteInteraction } from '@/app/records/interaction/delete-interaction';
import { updateInteraction } from '@/app/records/interaction/update-interaction';
import { openFollowUps } from '@/app/records/interaction/open-follow-ups';
import { decodeCursor } from '@/graphql/pagination/cursor';
import { toConnection } from '@/graphql/pagination/connection';
import { PageArgs } from '@/graphql/pagination/page.args';
import { Interaction } from '@/domain/interaction/interaction';
import { Person } from '@/domain/person/person';
import { RequestContext } from '@/graphql/context';
import { ManagerType } from '@/graphql/manager/manager.type';
import { RepType } from '@/graphql/rep/rep.type';
import { writeRequestOf } from '@/graphql/shared/write';
import { InteractionFilterInput, CreateInteractionInput, UpdateInteractionInput } from './interaction.input';
import { InteractionConnection, InteractionType } from './interaction.type';
import { EXPECTED_VERSION } from '@/graphql/shared/descriptions';

@Resolver(() => InteractionType)
export class InteractionResolver {
  @Query(() => InteractionType, { nullable: true, description: 'An interaction by id; null when there is none' })
  interaction(@Arg('id', () => ID, { description: 'Id of the interaction' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.interaction.load(id);
  }

  @Query(() => InteractionConnection, { description: 'The communication timeline, newest first; keyset-paginated' })
  async interactions(
    @Arg('filter', () => InteractionFilterInput, { nullable: true, description: 'Which rows the list holds; omitted: all' }) filter: InteractionFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const f = filter ?? {};
    const rows = await ctx.store.read.listInteractions(f, { limit: page.first + 1, after: decodeCursor('interactions', page.after) });
    return toConnection('interactions', rows, page, (i) => ({ key: String(Date.parse(i.at)), id: i.id }), () => ctx.store.read.countInteractions(f));
  }

  @Query(() => [InteractionType], {
    description: 'Open next actions, earliest due first: what to follow up on (by dueBy, e.g. today). A manager sees their own (another manager\'s is FORBIDDEN), an admin anyone\'s. None for analysts: next actions are masked for them',
  })
  followUps(
    @Ctx() ctx: RequestContext,
    @Arg('managerId', () => ID, { nullable: true, description: 'Only interactions this manager took part in; omitted: everyone\'s for an admin, their own for a manager' }) managerId?: string | null,
    @Arg('dueBy', () => String, { nullable: true, description: 'YYYY-MM-DD; default: no limit' }) dueBy?: string | null,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'How many, 1 to 500' }) limit: number = 50,
  ): Promise<Interaction[]> {
    return openFollowUps(ctx.actor, ctx.store.read, { managerId, dueBy, limit });
  }

  @FieldResolver(() => [ManagerType], { description: 'Our managers who took part' })
  async managers(@Root() i: Interaction, @Ctx() ctx: RequestContext): Promise<Person[]> {
    return (await ctx.loaders.person.loadMany(i.managerIds)).filter((p): p is Person => !!p && !(p instanceof Error));
  }

  @FieldResolver(() => [RepType], { description: 'Partner reps who took part' })
  async reps(@Root() i: Interaction, @Ctx() ctx: RequestContext): Promise<Person[]> {
    return (await ctx.loaders.person.loadMany(i.repIds)).filter((p): p is Person => !!p && !(p instanceof Error));
  }

  @Mutation(() => InteractionType, { description: 'Records a meeting, call, email, event or chat (CONFLICT when the id is taken)' })
  createInteraction(@Arg('input', () => CreateInteractionInput, { description: 'The new interaction' }) input: CreateInteractionInput, @Ctx() ctx: RequestContext): Promise<Interaction> {
    return createInteraction(writeRequestOf(ctx), input);
  }

  @Mutation(() => InteractionType, { description: 'Changes the fields given (null clears one), e.g. nextAction: { description, done: true } closes the next action' })
  updateInteraction(
    @Arg('id', () => ID, { description: 'Id of the interaction to change' }) id: string,
    @Arg('input', () => UpdateInteractionInput, { description: 'The fields to change (a patch)' }) input: UpdateInteractionInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Interaction> {
    return updateInteraction(writeRequestOf(ctx), id, input, expectedVersion);
  }

  @Mutation(() => ID, { description: 'Deletes an interaction; returns its id (NOT_FOUND for an unknown id)' })
  deleteInteraction(@Arg('id', () => ID, { description: 'Id of the interaction to delete' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return deleteInteraction(writeRequestOf(ctx), id);
  }
}
