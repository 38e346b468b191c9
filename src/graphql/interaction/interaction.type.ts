import { UseMiddleware, Field, ID, Int, ObjectType } from 'type-graphql';
import { Channel, Reaction } from '@/domain/shared/enums';
import '@/graphql/shared/enums';
import { Connection } from '@/graphql/pagination/connection';
import { Masked } from '@/graphql/auth/mask.middleware';

@ObjectType('NextAction')
export class NextActionType {
  @Field() description: string;
  @Field(() => String, { nullable: true }) dueDate: string | null;
  @Field() done: boolean;
}

@ObjectType('Interaction', { description: 'A meeting, call, email, event or chat, with what was said and what comes next' })
export class InteractionType {
  @Field(() => ID) id: string;
  @Field({ description: 'ISO 8601 instant with offset' }) at: string;
  @Field(() => Channel) channel: Channel;
  @Field(() => [ID]) managerIds: string[];
  @Field(() => [ID]) repIds: string[];
  @Field(() => String, { nullable: true, description: 'What was said' }) @UseMiddleware(Masked) summary: string | null;
  @Field(() => Reaction, { nullable: true }) reaction: Reaction | null;
  @Field(() => [String]) @UseMiddleware(Masked) concerns: string[];
  @Field(() => NextActionType, { nullable: true }) @UseMiddleware(Masked) nextAction: NextActionType | null;
  @Field(() => Int) version: number;
}

export const InteractionConnection = Connection(InteractionType, 'Interaction');
