import { UseMiddleware, Field, ID, Int, ObjectType } from 'type-graphql';
import { Channel, Reaction } from '@/domain/shared/enums';
import '@/graphql/shared/enums';
import { Connection } from '@/graphql/pagination/connection';
import { Masked } from '@/graphql/auth/mask.middleware';
import { VERSION } from '@/graphql/shared/descriptions';

@ObjectType('NextAction', { description: 'What was agreed to do next' })
export class NextActionType {
  @Field({ description: 'What to do' }) description: string;
  @Field(() => String, { nullable: true, description: 'When it is due, YYYY-MM-DD; null: no date' }) dueDate: string | null;
  @Field({ description: 'Whether it is done; open ones show in followUps' }) done: boolean;
}

@ObjectType('Interaction', { description: 'A meeting, call, email, event or chat, with what was said and what comes next' })
export class InteractionType {
  @Field(() => ID, { description: 'Its id' }) id: string;
  @Field({ description: 'ISO 8601 instant with offset' }) at: string;
  @Field(() => Channel, { description: 'How it took place' }) channel: Channel;
  @Field(() => [ID], { description: 'Our managers who took part' }) managerIds: string[];
  @Field(() => [ID], { description: 'Partner reps who took part' }) repIds: string[];
  @Field(() => String, { nullable: true, description: 'What was said; null for analysts (masked) or when not recorded' }) @UseMiddleware(Masked) summary: string | null;
  @Field(() => Reaction, { nullable: true, description: 'How the partner side reacted; null: not recorded' }) reaction: Reaction | null;
  @Field(() => [String], { description: 'Concerns raised; empty for analysts (masked)' }) @UseMiddleware(Masked) concerns: string[];
  @Field(() => NextActionType, { nullable: true, description: 'What comes next; null when nothing was agreed, and for analysts (masked)' }) @UseMiddleware(Masked) nextAction: NextActionType | null;
  @Field(() => Int, { description: VERSION }) version: number;
}

export const InteractionConnection = Connection(InteractionType, 'Interaction');
